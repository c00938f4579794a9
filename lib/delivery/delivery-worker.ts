// The loop that drains the outbox: claim a batch of due deliveries, send them
// side by side, repeat at once while there is more, else wait a poll interval.
// stop() lets the batch in flight finish; a batch cut short by a hard kill is
// not lost — its claims expire and another run picks it up.
import { claimDueDeliveries } from "@/lib/delivery/claim-deliveries";
import { processDelivery, type ProcessOptions } from "@/lib/delivery/process-delivery";
import { logger } from "@/lib/log/logger";

export interface WorkerOptions extends ProcessOptions {
  pollMs: number;
  batchSize: number;
  /** How long a claim holds; must exceed the longest send (several 15 s requests). */
  leaseMs: number;
}

export interface DeliveryWorker {
  start(): void;
  /** Resolves when the batch in flight has finished. */
  stop(): Promise<void>;
  /** One claim-and-send round; how many deliveries it took. */
  runOnce(): Promise<number>;
}

export const defaultWorkerOptions: WorkerOptions = { pollMs: 5000, batchSize: 10, leaseMs: 120_000 };

export function createDeliveryWorker(overrides: Partial<WorkerOptions> = {}): DeliveryWorker {
  const options = { ...defaultWorkerOptions, ...overrides };
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;

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

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  async function run() {
    while (running) {
      let taken = 0;
      try {
        taken = await runOnce();
      } catch (error) {
        logger.error({ err: error }, "delivery worker could not claim deliveries (will try again)");
      }
      if (running && taken < options.batchSize) await pause(options.pollMs);
    }
  }

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = null;
    },
  };
}
