// Runs once per Next.js server process: checks the database settings (a
// malformed DATABASE_URL stops the server with a message, however it was
// started) and starts the in-app delivery worker (unless DELIVERY_WORKER=off).
// Never during `next build`: the embedded database allows one process, and a
// build has no business sending leads.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { databaseConfig, ConfigError } = await import("@/lib/db/config");
  try {
    databaseConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const { startInAppWorker } = await import("@/lib/delivery/in-app-worker");
  startInAppWorker();
}
