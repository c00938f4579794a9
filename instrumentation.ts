// Runs once per Next.js server process: starts the in-app delivery worker
// (unless DELIVERY_WORKER=off). Never during `next build`: the embedded
// database allows one process, and a build has no business sending leads.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startInAppWorker } = await import("@/lib/delivery/in-app-worker");
  startInAppWorker();
}
