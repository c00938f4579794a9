// The destinations list with each one's health: last success, last error,
// success rate of real (non-test) attempts over 24 hours, and queue depth.
import { getDb } from "@/lib/db";
import { getAdapter } from "@/lib/destinations/registry";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DestinationHealth {
  lastSuccessAt: Date | null;
  lastError: { at: Date; verdict: string } | null;
  /** ok / all attempts in the last 24 h; null without attempts. */
  successRate24h: number | null;
  attempts24h: number;
  queued: number;
  dead: number;
}

export async function listDestinations(now: Date = new Date()) {
  const db = await getDb();
  const since = new Date(now.getTime() - DAY_MS);
  const [destinations, queues, recent, lastOk] = await Promise.all([
    db.destination.findMany({ orderBy: { createdAt: "asc" }, omit: { secrets: true } }),
    db.delivery.groupBy({
      by: ["destinationId", "state"],
      where: { state: { in: ["PENDING", "DEAD"] } },
      _count: { _all: true },
    }),
    db.deliveryAttempt.groupBy({
      by: ["destinationId", "ok"],
      where: { test: false, startedAt: { gte: since } },
      _count: { _all: true },
    }),
    db.deliveryAttempt.groupBy({ by: ["destinationId"], where: { test: false, ok: true }, _max: { startedAt: true } }),
  ]);
  const lastErrors = await Promise.all(
    destinations.map((d) =>
      db.deliveryAttempt.findFirst({
        where: { destinationId: d.id, test: false, ok: false },
        orderBy: { startedAt: "desc" },
        select: { startedAt: true, verdict: true },
      }),
    ),
  );
  return destinations.map((d, i) => {
    const count = (state: string) =>
      queues.find((q) => q.destinationId === d.id && q.state === state)?._count._all ?? 0;
    const ok = recent.find((r) => r.destinationId === d.id && r.ok)?._count._all ?? 0;
    const failed = recent.find((r) => r.destinationId === d.id && !r.ok)?._count._all ?? 0;
    const error = lastErrors[i];
    const lastSuccessAt = lastOk.find((l) => l.destinationId === d.id)?._max.startedAt ?? null;
    const health: DestinationHealth = {
      lastSuccessAt,
      lastError: error ? { at: error.startedAt, verdict: error.verdict } : null,
      successRate24h: ok + failed ? ok / (ok + failed) : null,
      attempts24h: ok + failed,
      queued: count("PENDING"),
      dead: count("DEAD"),
    };
    return { ...d, label: getAdapter(d.kind).label, health };
  });
}

export type DestinationListItem = Awaited<ReturnType<typeof listDestinations>>[number];
