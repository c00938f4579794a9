// Facet counts are the costly part of a list view at scale (a pass over every
// matching lead), and paging, sorting or showing a column does not change them.
// So identical filters share one count per process (recount-cache.ts): fresh
// for 10 s, then served for up to 2 min while one recount runs in the
// background. Triage changes made here drop them at once.
import { leadFacets, type LeadFacets } from "./lead-facets";
import { type LeadFilter } from "./list-params";
import { filterKeys } from "./list-url";
import { recountCache } from "./recount-cache";

const cache = recountCache<LeadFacets>({ freshMs: 10_000, staleMs: 120_000, maxEntries: 200 });

// The user is part of the key: "me" and the "Me" option depend on who asks.
const keyOf = (filter: LeadFilter, userId: string) => JSON.stringify([userId, ...filterKeys.map((k) => filter[k])]);

export function cachedLeadFacets(filter: LeadFilter, userId: string, now = new Date()): Promise<LeadFacets> {
  return cache.get(keyOf(filter, userId), (at) => leadFacets(filter, userId, at), now);
}

/** The last finished counts of this filter, if they are recent enough to be served; never starts a count. */
export function recentLeadFacets(filter: LeadFilter, userId: string, now = new Date()): LeadFacets | undefined {
  return cache.recent(keyOf(filter, userId), now);
}

export function forgetLeadFacets() {
  cache.forget();
}
