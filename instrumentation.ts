// Runs once per Next.js server process, before it serves: checks the whole
// configuration (a problem stops the server with one line per problem, however
// it was started: `npm start`, or the container's `node server.js`); with
// MIGRATE_ON_START=1 (the container image sets it) applies migrations and
// creates the first admin; opens the embedded database at once, so the server
// owns it and serves it to CLIs (lib/db/open-embedded.ts); hands the webhook
// to the app's HTTP server (lib/ingest/webhook-direct-route.ts; not in
// development, where this copy of the module would not see edits); and starts
// the in-app delivery and alert workers (unless DELIVERY_WORKER=off).
// Never during `next build`: the embedded database allows one process, and a
// build has no business sending leads. Node-only code is imported lazily so
// the edge bundle of this file stays free of it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { exitOnConfigProblems } = await import("@/lib/config/check-config");
  await exitOnConfigProblems();
  const { prepareAtStart } = await import("@/lib/startup/prepare-at-start");
  await prepareAtStart();
  if (process.env.NODE_ENV === "production") {
    const { serveWebhookDirectly } = await import("@/lib/ingest/webhook-direct-route");
    serveWebhookDirectly();
  }
  const { startInAppWorker } = await import("@/lib/delivery/in-app-worker");
  startInAppWorker();
  const { startInAppAlertWorker } = await import("@/lib/alerts/in-app-alert-worker");
  startInAppAlertWorker();
}
