// Delivery worker settings from the environment.
import type { Env } from "@/lib/env";
import { defaultWorkerOptions, type WorkerOptions } from "@/lib/delivery/delivery-worker";

const positive = (raw: string | undefined, fallback: number) => {
  const n = Number(raw);
  return raw?.trim() && Number.isFinite(n) && n > 0 ? n : fallback;
};

/** DELIVERY_WORKER=off keeps the app from running a worker in-process (run `npm run worker` instead). */
export function inAppWorkerEnabled(env: Env = process.env): boolean {
  return !/^(off|false|0|no)$/i.test(env.DELIVERY_WORKER?.trim() ?? "");
}

export function workerOptionsFromEnv(env: Env = process.env): Pick<WorkerOptions, "pollMs" | "batchSize" | "leaseMs"> {
  return {
    pollMs: positive(env.DELIVERY_POLL_MS, defaultWorkerOptions.pollMs),
    batchSize: defaultWorkerOptions.batchSize,
    // Shorter leases resend sooner after a crash, but must outlast one send (15 s per request).
    leaseMs: Math.max(positive(env.DELIVERY_LEASE_MS, defaultWorkerOptions.leaseMs), 1000),
  };
}
