// Facet counts are the costly part of a list view at scale (one GROUP BY per
// filter menu), and paging, sorting or showing a column does not change them.
// So identical filters share one computation for a few seconds, per process;
// triage changes made here drop the cache at once.
import { leadFacets, type LeadFacets } from "./lead-facets";
import type { LeadFilter } from "./lead-filter-where";
import { filterKeys } from "./list-params";

const TTL_MS = 10_000;
const MAX_ENTRIES = 200;
const cache = new Map<string, { at: number; value: Promise<LeadFacets> }>();

export function cachedLeadFacets(filter: LeadFilter, userId: string, now = new Date()): Promise<LeadFacets> {
  // The user is part of the key: "me" and the "Me" option depend on who asks.
  const key = JSON.stringify([userId, ...filterKeys.map((k) => filter[k])]);
  const hit = cache.get(key);
  if (hit && now.getTime() - hit.at < TTL_MS) return hit.value;
  const value = leadFacets(filter, userId, now);
  // A failed count is not kept.
  value.catch(() => cache.delete(key));
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, { at: now.getTime(), value });
  return value;
}

export function forgetLeadFacets() {
  cache.clear();
}
