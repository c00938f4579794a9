// One page of the lead list. Built to stay fast at a million leads: the count
// stops at COUNT_CAP (a full COUNT(*) would scan every match on each view), the
// offset is bounded by MAX_PAGE, every sort has an index to walk, and a filter
// that matches few leads reads them without walking it (see lead-rows-sql.ts).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRow } from "@/lib/db/rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import { arrivalFacet } from "./arrival-walk";
import { findRowsInArrivalWindow, sampleArrivals, type ArrivalSample } from "./arrival-window";
import { recentLeadFacets } from "./facet-cache";
import { facetTotal } from "./lead-facets";
import { leadFilterSql, receivedSince } from "./lead-filter-sql";
import { findRowsByBoundedWalk, sampleSortKeys, type SortKeySample } from "./bounded-walk";
import { countCapped, findLeadRows, type ListedLead, type RowsParams } from "./lead-rows-sql";
import type { LeadFilter, LeadListParams } from "./list-params";
import { findRowsGroupByGroup, sampleSortGroups } from "./sorted-groups";
import {
  defaultTableSampling,
  estimatedFromSample,
  estimateMatches,
  trustedEstimate,
  type GroupSample,
  type Sample,
  type SampledMatches,
  type TableSampling,
} from "./table-sample";

export const COUNT_CAP = 10_000;

export const leadRowSelect = {
  id: true,
  receivedAt: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  company: true,
  title: true,
  country: true,
  source: true,
  action: true,
  offerId: true,
  offerTitle: true,
  stage: true,
  status: true,
  isTest: true,
  doNotContact: true,
  duplicateOfId: true,
  dueAt: true,
  dueSoonAt: true,
  firstResponseAt: true,
  responseMet: true,
  owner: { select: { id: true, name: true, email: true } },
} satisfies Prisma.LeadSelect;

export type LeadRow = Prisma.LeadGetPayload<{ select: typeof leadRowSelect }> & { duplicateCount: number };

export interface LeadPage {
  rows: LeadRow[];
  /** Matching leads: exact up to COUNT_CAP, beyond it from the filter's facet counts when known. */
  total: number;
  /** True when there are more than COUNT_CAP matches. */
  capped: boolean;
  /** The total came from estimated facet counts (a sample of a large table): shown as "≈". */
  estimated: boolean;
}

/** The exact number of leads a filter matches (bulk actions' confirmation, the overview's numbers). */
export async function countLeads(filter: LeadFilter, userId: string, now = new Date()): Promise<number> {
  const db = await getDb();
  const where = leadFilterSql(filter, userId, { now });
  const rows = await db.$queryRaw`SELECT count(*)::int AS count FROM leads WHERE ${where}`;
  return parseRow(z.object({ count: z.number() }), rows).count;
}

/**
 * How many leads a view matches, when that is known without counting them:
 * from its facet counts (the menus of this filter, counted at most two minutes
 * ago), or for a view not seen yet on a large table, estimated from a page
 * sample (~10 ms at ten million leads; table-sample.ts).
 */
async function knownTotal(
  params: LeadListParams,
  userId: string,
  where: Prisma.Sql,
  now: Date,
  sampling: TableSampling,
  sortSample: () => Promise<(SampledMatches & { sample: Sample }) | undefined>,
): Promise<Pick<LeadPage, "total" | "estimated"> | undefined> {
  const known = recentLeadFacets(params, userId, now);
  if (known) return facetTotal(known, params);
  // A sort that reads the sample for its page reads it once, for this too.
  const sampled = await sortSample();
  const estimate = sampled ? trustedEstimate(sampled, sampled.sample) : await estimateMatches(where, sampling);
  return estimate === undefined ? undefined : { total: estimate, estimated: true };
}

/**
 * What the "ordered" plan walks for a view: the sort's index, from the start
 * of the view's date window for the due time (lead-rows-sql.ts); sorted by
 * arrival, or for the leads without a clock of the due time, the index of a
 * facet's one value if it has one (arrival-walk.ts), with that facet's
 * condition as the walk reads it.
 */
export function sortWalkOf(
  params: LeadListParams,
  userId: string,
  now: Date,
  where = leadFilterSql(params, userId, { now }),
): { where: Prisma.Sql; params: LeadListParams & Pick<RowsParams, "walk" | "receivedFrom" | "unclocked"> } {
  const walk = arrivalFacet(params);
  const receivedFrom = receivedSince(params, now);
  if (!walk) return { where, params: { ...params, receivedFrom } };
  const walkWhere = leadFilterSql(params, userId, { now, walk });
  // The due time's clocks keep the filter as it is: only its leads without a clock are walked by arrival.
  if (params.sort === "due")
    return { where, params: { ...params, receivedFrom, unclocked: { walk, where: walkWhere } } };
  return { where: walkWhere, params: { ...params, walk } };
}

export async function listLeads(
  params: LeadListParams,
  userId: string,
  now = new Date(),
  sampling = defaultTableSampling,
): Promise<LeadPage> {
  const db = await getDb();
  const offset = (params.page - 1) * params.size;
  const where = leadFilterSql(params, userId, { now });
  // A view known to match more than the cap needs no count: a capped count is
  // cheapest when few leads match and costliest when many do.
  // What a sort reads of the page sample, read at most once (bounded-walk.ts, sorted-groups.ts, arrival-window.ts).
  let keys: Promise<SortKeySample | undefined> | undefined;
  let groups: Promise<GroupSample | undefined> | undefined;
  let arrivals: Promise<ArrivalSample | undefined> | undefined;
  const sortKeys = () => (keys ??= sampleSortKeys(where, params, sampling));
  const sortGroups = () => (groups ??= sampleSortGroups(where, params, sampling, now));
  const sortArrivals = () => (arrivals ??= sampleArrivals(where, params, sampling));
  const sortSample = async () => (await sortKeys()) ?? (await sortGroups()) ?? (await sortArrivals());
  const implied = await knownTotal(params, userId, where, now, sampling, sortSample);
  type Counts = Pick<LeadPage, "total" | "capped" | "estimated">;
  const counted = (n: number): Counts => ({ total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP, estimated: false });
  let rows: ListedLead[];
  let counts: Counts;
  // A text search sorted by name or company may find its matches together in
  // that order (the term is often the name or the company), so a walk of the
  // sort's index would read every lead before them: it is tried only within a
  // bound the sample sets (bounded-walk.ts), else all the matches are read and
  // sorted (docs/performance.md, "Cold filters"). A stage or status sort is
  // read group by group (sorted-groups.ts).
  const clustered = Boolean(params.q) && (params.sort === "name" || params.sort === "company");
  const boundedWalk = async () => {
    const sampled = await sortKeys();
    return sampled && findRowsByBoundedWalk(where, params, offset, sampled);
  };
  const groupByGroup = async () => {
    const sampled = await sortGroups();
    return sampled && findRowsGroupByGroup(where, params, offset, COUNT_CAP, sampled);
  };
  const sortWalk = async () => {
    const walk = sortWalkOf(params, userId, now, where);
    return (await findLeadRows(walk.where, walk.params, offset, "ordered")).rows;
  };
  const manyRows = async () =>
    clustered
      ? ((await boundedWalk()) ?? (await findLeadRows(where, params, offset, "matches")).rows)
      : ((await groupByGroup()) ?? (await sortWalk()));
  // With thousands of matches, the sample's estimate may stand in for the count
  // (estimatedFromSample), and only the page is read: sorted by arrival, the
  // newest matches (arrival-window.ts); a text search sorted by name or
  // company, the bounded walk.
  const pageOfEstimate = async () => {
    if (!implied?.estimated) return undefined;
    if (!clustered) {
      const sampled = await sortArrivals();
      return sampled && findRowsInArrivalWindow(where, params, offset, sampled, sampling);
    }
    const sampled = await sortKeys();
    return sampled && estimatedFromSample(implied.total, sampled.hits, sampling) ? boundedWalk() : undefined;
  };
  const estimatedPage = implied && implied.total <= COUNT_CAP ? await pageOfEstimate() : undefined;
  if (implied && (implied.total > COUNT_CAP || estimatedPage)) {
    rows = estimatedPage ?? (await manyRows());
    counts = { ...implied, capped: false };
  } else {
    // Read at most COUNT_CAP + 1 matches through the plan the planner picks
    // for the filter alone. At most the cap: they are the matches, sorted in
    // memory and counted by the same statement. More: only then walk the
    // sort's index, which meets a match every few rows. The planner cannot
    // tell which case it is (it takes the filter's columns as independent),
    // and a walk for a filter matching few leads reads the whole table.
    const found = await findLeadRows(where, params, offset, "matches", COUNT_CAP);
    // A page past the last match has no row to carry the number; the first page then has none.
    const matches = found.matches ?? (offset === 0 ? 0 : await countCapped(where, COUNT_CAP));
    counts = counted(matches);
    rows = matches > COUNT_CAP ? await manyRows() : found.rows;
  }
  // Duplicate counts of this page's rows only, through the duplicateOfId index.
  // (Prisma's relation _count groups every duplicate in the table.)
  const duplicates = new Map<string, number>();
  if (params.collapse && rows.length) {
    const grouped = await db.lead.groupBy({
      by: ["duplicateOfId"],
      where: { duplicateOfId: { in: rows.map((r) => r.id) } },
      _count: { _all: true },
    });
    for (const g of grouped) if (g.duplicateOfId) duplicates.set(g.duplicateOfId, g._count._all);
  }
  return {
    rows: rows.map((row) => ({ ...row, duplicateCount: duplicates.get(row.id) ?? 0 })),
    ...counts,
  };
}
