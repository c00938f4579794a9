// The loop that sends alerts, beside the delivery worker and with its settings
// (DELIVERY_POLL_MS, DELIVERY_LEASE_MS): sweep for new events (at most once a
// second), claim due alert messages and send them side by side, in the
// deliveries' poll loop (lib/delivery/poll-loop.ts).
import { pollLoop, type PollLoop } from "@/lib/delivery/poll-loop";
import { logger } from "@/lib/log/logger";
import { claimDueAlerts } from "./claim-alerts";
import { processAlert, type AlertProcessOptions } from "./process-alert";
import { runAlertSweep } from "./sweep/run-sweep";

export interface AlertWorkerOptions extends AlertProcessOptions {
  pollMs: number;
  batchSize: number;
  leaseMs: number;
}

export interface AlertWorker extends PollLoop {
  /** One sweep and one claim-and-send round; how many alerts it took. */
  runOnce(): Promise<number>;
}

const MIN_SWEEP_MS = 1000;

export function createAlertWorker(options: AlertWorkerOptions): AlertWorker {
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

  return { runOnce, ...pollLoop(runOnce, options, "alert worker") };
}
