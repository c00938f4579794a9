// The worker that drains the delivery outbox: claim a batch of due deliveries
// and send them side by side, in the shared poll loop (poll-loop.ts).
import { claimDueDeliveries } from "@/lib/delivery/claim-deliveries";
import { processDelivery, type ProcessOptions } from "@/lib/delivery/process-delivery";
import { logger } from "@/lib/log/logger";
import { pollLoop, type PollLoop } from "./poll-loop";

export interface WorkerOptions extends ProcessOptions {
  pollMs: number;
  batchSize: number;
  /** How long a claim holds; must exceed the longest send (several 15 s requests). */
  leaseMs: number;
}

export interface DeliveryWorker extends PollLoop {
  /** One claim-and-send round; how many deliveries it took. */
  runOnce(): Promise<number>;
}

export const defaultWorkerOptions: WorkerOptions = { pollMs: 5000, batchSize: 10, leaseMs: 120_000 };

export function createDeliveryWorker(overrides: Partial<WorkerOptions> = {}): DeliveryWorker {
  const options = { ...defaultWorkerOptions, ...overrides };

  async function runOnce(): Promise<number> {
    const claims = await claimDueDeliveries({ limit: options.batchSize, leaseMs: options.leaseMs });
    await Promise.all(
      claims.map((claim) =>
        processDelivery(claim, options).catch((error: unknown) => {
          // The claim simply expires and the delivery is tried again.
          logger.error({ deliveryId: claim.id, err: error }, "delivery failed inside the worker");
        }),
      ),
    );
    return claims.length;
  }

  return { runOnce, ...pollLoop(runOnce, options, "delivery worker") };
}
