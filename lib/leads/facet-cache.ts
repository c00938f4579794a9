// Facet counts are the costly part of a list view at scale (one GROUP BY per
// filter menu), and paging, sorting or showing a column does not change them.
// So identical filters share one computation, per process: fresh for FRESH_MS;
// after that, for up to STALE_MS, the last counts are served at once while new
// ones are computed in the background (a viewer never waits for a recount of
// a filter already shown). Triage changes made here drop the cache at once.
import { leadFacets, type LeadFacets } from "./lead-facets";
import type { LeadFilter } from "./lead-filter-where";
import { filterKeys } from "./list-params";

const FRESH_MS = 10_000;
const STALE_MS = 120_000;
const MAX_ENTRIES = 200;

interface Entry {
  /** When the counts being computed or served were asked for. */
  at: number;
  /** The newest computation (may still be running). */
  pending: Promise<LeadFacets>;
  /** The last finished counts, once there are any. */
  done?: LeadFacets;
}
const cache = new Map<string, Entry>();

export function cachedLeadFacets(filter: LeadFilter, userId: string, now = new Date()): Promise<LeadFacets> {
  // The user is part of the key: "me" and the "Me" option depend on who asks.
  const key = JSON.stringify([userId, ...filterKeys.map((k) => filter[k])]);
  const hit = cache.get(key);
  const age = hit ? now.getTime() - hit.at : Infinity;
  if (hit && age < FRESH_MS) return hit.done ? Promise.resolve(hit.done) : hit.pending;
  if (hit?.done && age < STALE_MS) {
    refresh(key, filter, userId, now, hit);
    return Promise.resolve(hit.done);
  }
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return refresh(key, filter, userId, now).pending;
}

function refresh(key: string, filter: LeadFilter, userId: string, now: Date, previous?: Entry): Entry {
  const entry: Entry = { at: now.getTime(), pending: leadFacets(filter, userId, now), done: previous?.done };
  cache.set(key, entry);
  entry.pending.then(
    (value) => {
      entry.done = value;
    },
    // A failed count is not kept; earlier counts stay until they are too old.
    () => {
      if (cache.get(key) === entry) {
        if (previous?.done) cache.set(key, previous);
        else cache.delete(key);
      }
    },
  );
  return entry;
}

export function forgetLeadFacets() {
  cache.clear();
}
