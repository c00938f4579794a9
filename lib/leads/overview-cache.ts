// The overview's numbers are passes over every lead of the last 30 days (about
// 0.7 s at ten million leads, docs/performance.md), the same for every view of
// the page. So they are counted once per viewer and shared (recount-cache.ts):
// fresh for 10 s, then served for up to 2 min while one recount runs in the
// background; a triage change made here recounts them at once. A new UTC day
// is a new count: its chart and "new today" start that day.
import { startOfUtcDay } from "./lead-filter-sql";
import { overviewStats } from "./overview-stats";
import { recountCache } from "./recount-cache";
import { responseStats, type ResponseGroup } from "./response-stats";

export interface Overview {
  stats: Awaited<ReturnType<typeof overviewStats>>;
  responses: ResponseGroup[];
}

const cache = recountCache<Overview>({ freshMs: 10_000, staleMs: 120_000, maxEntries: 200 });

async function countOverview(userId: string, now: Date): Promise<Overview> {
  const [stats, responses] = await Promise.all([overviewStats(userId, now), responseStats(now)]);
  return { stats, responses };
}

export function cachedOverview(userId: string, now = new Date()): Promise<Overview> {
  const key = JSON.stringify([userId, startOfUtcDay(now).toISOString()]);
  return cache.get(key, (at) => countOverview(userId, at), now);
}

/** After a triage change: the overview is recounted now, and shows it once that is done. */
export function refreshOverview() {
  cache.refresh();
}
