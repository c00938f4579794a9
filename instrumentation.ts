// Runs once per Next.js server process: checks the database settings (a
// malformed DATABASE_URL stops the server with a message, however it was
// started) and starts the in-app delivery worker (unless DELIVERY_WORKER=off).
// Never during `next build`: the embedded database allows one process, and a
// build has no business sending leads. Node-only code is imported lazily so
// the edge bundle of this file stays free of it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { exitOnConfigError } = await import("@/lib/db/exit-on-config-error");
  exitOnConfigError();
  const { startInAppWorker } = await import("@/lib/delivery/in-app-worker");
  startInAppWorker();
}
