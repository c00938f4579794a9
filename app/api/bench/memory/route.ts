// The server's own memory figures for the load-hold test (RSS alone mixes in
// allocator slack; the heap after a full collection shows a leak plainly).
// Exists only when LEADDESK_BENCH_ROUTES=1; `?gc=1` collects first when the
// server runs with --expose-gc.
import { z } from "zod";

const querySchema = z.object({ gc: z.enum(["0", "1"]).default("0") });

export function GET(request: Request) {
  if (process.env.LEADDESK_BENCH_ROUTES !== "1") return Response.json({ error: "Not found." }, { status: 404 });
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: "gc must be 0 or 1." }, { status: 400 });
  const gc = (globalThis as { gc?: () => void }).gc;
  const collected = query.data.gc === "1" && typeof gc === "function";
  if (collected) gc();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  return Response.json({ collected, rss, heapUsed, heapTotal, external, arrayBuffers });
}
