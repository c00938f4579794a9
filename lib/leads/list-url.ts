// The lead list URL's names and its query string, without the schema that
// parses it (list-params.ts): the browser builds links and reads sort order
// with these, and zod stays on the server.
import type { LeadListParams } from "./list-params";

export const sortKeys = ["received", "name", "company", "stage", "status", "due"] as const;
export type SortKey = (typeof sortKeys)[number];
export const pageSizes = [25, 50, 100] as const;
/** Bounded offset: deeper pages are reached by narrowing the filter (or the export). */
export const MAX_PAGE = 200;

/** The filters that are menus of options, each counted under the others (lead-facets.ts). */
export const facetKeys = ["source", "action", "stage", "offer", "status", "owner"] as const;

/** The filter part of the URL, one key per filter (list-params.ts parses exactly these). */
export const filterKeys = [
  ...facetKeys,
  "from",
  "to",
  "range",
  "q",
  "test",
  "collapse",
  "dnc",
  "delivery",
  "sla",
] as const;
export type FilterKey = (typeof facetKeys)[number];

/** Sort direction: newest first for dates, A→Z for text, unless the URL says otherwise. */
export function sortDirection(params: Pick<LeadListParams, "sort" | "dir">): "asc" | "desc" {
  // Due time: soonest (or longest overdue) first.
  return params.dir ?? (params.sort === "received" ? "desc" : "asc");
}

/** Back to a query string, leaving out defaults so links stay short and stable. */
export function leadListQuery(params: Partial<LeadListParams>): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === false || (Array.isArray(value) && !value.length)) continue;
    if ((key === "page" && value === 1) || (key === "size" && value === 50) || (key === "sort" && value === "received"))
      continue;
    out.set(key, value === true ? "1" : Array.isArray(value) ? value.join(",") : String(value));
  }
  return out.toString();
}
