// The overview's numbers are passes over every lead of the last 30 days (about
// 0.8 s at ten million leads, docs/performance.md), and none of them depends
// on who looks (no tile is "mine"). So one count serves every viewer
// (recount-cache.ts): fresh for 10 s, then served for up to 2 min while one
// recount runs in the background; a triage change made here recounts it at
// once. A new UTC day is a new count: its chart and "new today" start that day.
import { startOfUtcDay } from "./lead-filter-sql";
import { overviewStats } from "./overview-stats";
import { recountCache } from "./recount-cache";
import { responseStats, type ResponseGroup } from "./response-stats";

export interface Overview {
  stats: Awaited<ReturnType<typeof overviewStats>>;
  responses: ResponseGroup[];
}

// One entry: a new day's count replaces the last day's, which a recount after a change would not serve.
const cache = recountCache<Overview>({ freshMs: 10_000, staleMs: 120_000, maxEntries: 1 });

async function countOverview(now: Date): Promise<Overview> {
  const [stats, responses] = await Promise.all([overviewStats(now), responseStats(now)]);
  return { stats, responses };
}

export function cachedOverview(now = new Date()): Promise<Overview> {
  return cache.get(startOfUtcDay(now).toISOString(), countOverview, now);
}

/** After a triage change: the overview is recounted now, and shows it once that is done. */
export function refreshOverview() {
  cache.refresh();
}
