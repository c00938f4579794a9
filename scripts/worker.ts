// npm run worker — the delivery and alert workers as a process of their own, for running
// several against one PostgreSQL (set DELIVERY_WORKER=off on the app servers
// if only these should send). SIGTERM/SIGINT finish the batch in flight, then exit.
import { createAlertWorker, type AlertWorker } from "@/lib/alerts/alert-worker";
import { connect, describeDatabase, disconnect } from "@/lib/db";
import { createDeliveryWorker, type DeliveryWorker } from "@/lib/delivery/delivery-worker";
import { workerOptionsFromEnv } from "@/lib/delivery/worker-config";
import { encryptionKey } from "@/lib/security/secret-box";
import { runScript } from "./run-script";

let worker: DeliveryWorker | null = null;
let alerts: AlertWorker | null = null;
let stopping = false;
// Registered before anything else, so a stop during start-up is graceful too.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the deliveries in flight…`);
    await Promise.all([worker?.stop(), alerts?.stop()]);
    await disconnect();
    console.log("Delivery worker stopped.");
    process.exit(0);
  });
}

await runScript(async () => {
  const { config } = await connect();
  encryptionKey(); // fail now, not on the first delivery, when the key is missing
  const options = workerOptionsFromEnv();
  if (stopping) return;
  worker = createDeliveryWorker(options);
  worker.start();
  alerts = createAlertWorker(options);
  alerts.start();
  console.log(
    `Delivery worker started on ${describeDatabase(config)} ` +
      `(polling every ${options.pollMs} ms), with the alert worker.`,
  );
});
