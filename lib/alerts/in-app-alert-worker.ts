// The alert worker inside the Next.js server (instrumentation.ts), on the same
// switch as the delivery worker (DELIVERY_WORKER=off leaves both to `npm run worker`).
import { inAppWorkerEnabled, workerOptionsFromEnv } from "@/lib/delivery/worker-config";
import { createAlertWorker, type AlertWorker } from "./alert-worker";

const state = globalThis as unknown as { __leaddeskAlertWorker?: AlertWorker };

export function startInAppAlertWorker(env: NodeJS.ProcessEnv = process.env): void {
  if (state.__leaddeskAlertWorker || !inAppWorkerEnabled(env)) return;
  const worker = createAlertWorker(workerOptionsFromEnv(env));
  state.__leaddeskAlertWorker = worker;
  worker.start();
  process.once("SIGTERM", () => void worker.stop());
}
