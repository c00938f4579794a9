// The loop that sends alerts, beside the delivery worker and with its settings
// (DELIVERY_POLL_MS, DELIVERY_LEASE_MS): sweep for new events (at most once a
// second), claim due alert messages, send them side by side, repeat at once
// while there is more, else wait a poll interval. stop() lets the batch in
// flight finish; a batch cut short by a kill is retried when its claims expire.
import { logger } from "@/lib/log/logger";
import { claimDueAlerts } from "./claim-alerts";
import { processAlert, type AlertProcessOptions } from "./process-alert";
import { runAlertSweep } from "./sweep/run-sweep";

export interface AlertWorkerOptions extends AlertProcessOptions {
  pollMs: number;
  batchSize: number;
  leaseMs: number;
}

export interface AlertWorker {
  start(): void;
  stop(): Promise<void>;
  /** One sweep and one claim-and-send round; how many alerts it took. */
  runOnce(): Promise<number>;
}

const MIN_SWEEP_MS = 1000;

export function createAlertWorker(options: AlertWorkerOptions): AlertWorker {
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let lastSweep = 0;

  async function runOnce(): Promise<number> {
    if (Date.now() - lastSweep >= MIN_SWEEP_MS) {
      lastSweep = Date.now();
      await runAlertSweep();
    }
    const claims = await claimDueAlerts({ limit: options.batchSize, leaseMs: options.leaseMs });
    await Promise.all(
      claims.map((claim) =>
        processAlert(claim, options).catch((error: unknown) => {
          logger.error({ alertId: claim.id, err: error }, "alert failed inside the worker");
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
        logger.error({ err: error }, "alert worker could not sweep or claim (will try again)");
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
