// A stage or status sort, for a view known to match many leads, read group by
// group. One walk of the sort's index reads a group whole when it holds few of
// the view's matches, and groups often do: the stage follows the action, and
// the action the source. At ten million leads `source=AzureMarketplace&sort=stage`
// read the million trial leads, none of them a match, before its first row
// (1.3 s). And going down, no index is in the sort's order (stage down, then
// newest first): `source=TestDrive&sort=stage&dir=desc` took 8 s.
// The page sample says in which groups the matches are dense. Each dense
// group is walked on its own, through its part of the index, which is in the
// sort's order either way; the groups between them are read together as a
// view of few matches (all of them, sorted in memory).
import { Prisma } from "@/lib/generated/prisma/client";
import { funnelStages } from "./lead";
import { inList, leadWindowSql } from "./lead-filter-sql";
import { countCapped, findLeadRows, type ListedLead } from "./lead-rows-sql";
import type { LeadListParams } from "./list-params";
import { sortDirection } from "./list-url";
import { leadStatuses } from "./statuses";
import {
  sampleGroups,
  type GroupColumn,
  type GroupSample,
  type SampledGroup,
  type TableSampling,
} from "./table-sample";

/** A group with at least this share of its leads (in the date window) matching is walked: a page of 50 reads ~5,000. */
export const WALK_DENSITY = 0.01;
/**
 * Sample pages a group's matches must be on for it to be taken as dense. Fewer
 * than a trusted estimate's (table-sample.ts): a share of 1% needs less
 * precision than a count, and a term beside a month's window holds ~17 sampled
 * matches in a group at ten million leads, where the single walk instead read
 * 79,000 leads of the group before it, none a match (3 s from disk).
 */
export const DENSE_PAGES = 10;

/** Each column's values in their database (enum) order, and the enum's type. */
const groupColumns: Record<GroupColumn, { values: readonly string[]; type: "FunnelStage" | "LeadStatus" }> = {
  stage: { values: funnelStages, type: "FunnelStage" },
  status: { values: leadStatuses, type: "LeadStatus" },
};

/** Consecutive groups read the same way: a dense one walked, or sparse ones read together. */
export interface GroupRun {
  values: string[];
  dense: boolean;
}

/** The groups in the sort's order, as runs: each dense group alone, the sparse ones between them together. */
export function groupRuns(valuesInOrder: readonly string[], groups: ReadonlyMap<string, SampledGroup>): GroupRun[] {
  const runs: GroupRun[] = [];
  for (const value of valuesInOrder) {
    const group = groups.get(value);
    const dense = group !== undefined && group.pages >= DENSE_PAGES && group.hits >= group.leads * WALK_DENSITY;
    const last = runs.at(-1);
    if (!dense && last && !last.dense) last.values.push(value);
    else runs.push({ values: [value], dense });
  }
  return runs;
}

/** Reads the sample for a stage or status sort on a large table; undefined for any other. */
export async function sampleSortGroups(
  where: Prisma.Sql,
  params: LeadListParams,
  sampling: TableSampling,
  now = new Date(),
): Promise<GroupSample | undefined> {
  if (params.sort !== "stage" && params.sort !== "status") return undefined;
  // A group's walk reads only its leads within the date window (its index ends in receivedAt).
  return sampleGroups(where, params.sort, sampling, leadWindowSql(params, now));
}

/**
 * The page for a stage or status sort, group by group, from the sample of its
 * groups; undefined for the plain walk (no group the sample finds dense in
 * matches, or a walk up that starts in one).
 */
export async function findRowsGroupByGroup(
  where: Prisma.Sql,
  params: Pick<LeadListParams, "sort" | "dir" | "stage" | "status"> & { size: number },
  offset: number,
  cap: number,
  sampled: GroupSample,
): Promise<ListedLead[] | undefined> {
  if (params.sort !== "stage" && params.sort !== "status") return undefined;
  const column = groupColumns[params.sort];
  // Only the values the filter allows, in the sort's order.
  const chosen: readonly string[] = params[params.sort];
  const allowed = column.values.filter((value) => !chosen.length || chosen.includes(value));
  const ascending = sortDirection(params) === "asc";
  const inOrder = ascending ? allowed : allowed.reverse();
  const runs = groupRuns(inOrder, sampled.groups);
  // With no dense group the sample cannot say where the walk meets the page:
  // a date range, for one, puts the matches first in every group's index.
  // Going up from a dense first group, the single walk is this walk.
  if (!runs.some((run) => run.dense) || (ascending && runs[0]!.dense)) return undefined;

  const inGroup = (value: string) => Prisma.sql`${where} AND ${inList(params.sort, [value], column.type)}`;
  const rows: ListedLead[] = [];
  let skip = offset;
  /**
   * Reads one part of the page, and returns what is left of the offset to
   * skip; undefined when its matches are more than a read of few may hold.
   */
  const take = async (values: string[], plan: "ordered" | "matches"): Promise<number | undefined> => {
    const part = values.map(inGroup);
    const size = params.size - rows.length;
    const found = await findLeadRows(part, { ...params, size }, skip, plan, plan === "matches" ? cap : undefined);
    if (!found.rows.length && skip) {
      // Past the part's last match, or its read stopped at the cap before the offset.
      const count = await countCapped(part, skip);
      return count <= skip ? skip - count : undefined;
    }
    if (plan === "matches" && (found.matches ?? 0) > cap) return undefined;
    rows.push(...found.rows);
    return 0;
  };
  for (const run of runs) {
    if (rows.length === params.size) break;
    const left = run.dense ? undefined : await take(run.values, "matches");
    if (left !== undefined) {
      skip = left;
      continue;
    }
    // Dense, or more matches than the sample said: each group walked on its own.
    for (const value of run.values) {
      if (rows.length === params.size) break;
      skip = (await take([value], "ordered"))!;
    }
  }
  return rows;
}
