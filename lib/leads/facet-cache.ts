// Facet counts are the costly part of a list view at scale (a pass over every
// matching lead), and paging, sorting or showing a column does not change them.
// So identical filters share one computation, per process: fresh for FRESH_MS;
// after that, for up to STALE_MS, the last counts are served at once while one
// recount runs in the background (a viewer never waits for a recount of a
// filter already shown). Triage changes made here drop the cache at once.
import { leadFacets, type LeadFacets } from "./lead-facets";
import { type LeadFilter } from "./list-params";
import { filterKeys } from "./list-url";

const FRESH_MS = 10_000;
const STALE_MS = 120_000;
const MAX_ENTRIES = 200;

interface Entry {
  /** The last finished counts, once there are any. */
  done?: LeadFacets;
  /** When those counts were asked for. */
  doneAt: number;
  /** A computation in progress; at most one per filter, however slow. */
  running?: Promise<LeadFacets>;
}
const cache = new Map<string, Entry>();

// The user is part of the key: "me" and the "Me" option depend on who asks.
const keyOf = (filter: LeadFilter, userId: string) => JSON.stringify([userId, ...filterKeys.map((k) => filter[k])]);

export function cachedLeadFacets(filter: LeadFilter, userId: string, now = new Date()): Promise<LeadFacets> {
  const key = keyOf(filter, userId);
  let entry = cache.get(key);
  const age = entry?.done ? now.getTime() - entry.doneAt : Infinity;
  if (entry?.done && age < FRESH_MS) return Promise.resolve(entry.done);
  if (!entry) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    entry = { doneAt: 0 };
    cache.set(key, entry);
  }
  entry.running ??= recount(key, entry, filter, userId, now);
  return entry.done && age < STALE_MS ? Promise.resolve(entry.done) : entry.running;
}

function recount(key: string, entry: Entry, filter: LeadFilter, userId: string, now: Date): Promise<LeadFacets> {
  const running = leadFacets(filter, userId, now);
  running.then(
    (value) => {
      entry.done = value;
      entry.doneAt = now.getTime();
      entry.running = undefined;
    },
    // A failed count is not kept; earlier counts stay until they are too old.
    () => {
      entry.running = undefined;
      if (!entry.done && cache.get(key) === entry) cache.delete(key);
    },
  );
  return running;
}

/** The last finished counts of this filter, if they are recent enough to be served; never starts a count. */
export function recentLeadFacets(filter: LeadFilter, userId: string, now = new Date()): LeadFacets | undefined {
  const entry = cache.get(keyOf(filter, userId));
  return entry?.done && now.getTime() - entry.doneAt < STALE_MS ? entry.done : undefined;
}

export function forgetLeadFacets() {
  cache.clear();
}
