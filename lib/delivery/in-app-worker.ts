// The worker that runs inside the Next.js server (started from
// instrumentation.ts). Kept on globalThis so it starts once per process even
// if the module is loaded twice (dev reloads, separate bundles).
import { createDeliveryWorker, type DeliveryWorker } from "@/lib/delivery/delivery-worker";
import { inAppWorkerEnabled, workerOptionsFromEnv } from "@/lib/delivery/worker-config";

const state = globalThis as unknown as { __leaddeskWorker?: DeliveryWorker };

export function startInAppWorker(env: NodeJS.ProcessEnv = process.env): void {
  if (state.__leaddeskWorker || !inAppWorkerEnabled(env)) return;
  const worker = createDeliveryWorker(workerOptionsFromEnv(env));
  state.__leaddeskWorker = worker;
  worker.start();
  // Finish the batch in flight when the server is asked to stop.
  process.once("SIGTERM", () => void worker.stop());
}
