// A text search sorted by name or company, for a view known to match many
// leads. Its matches may sit together in that order (the term is a company, so
// a walk of the company index from the start reads every company before it) or
// be spread along it (the term is a last name, the sort the company), and only
// a walk tells: list-leads.ts reads every match and sorts them, which is safe
// but costs 0.2 s at a million leads and 0.5–3.6 s at ten million.
// So the walk starts where the page sample's first match is: at its group of
// the sort's leading column (its company, its last name), or where that group
// is too long to walk, at the match's own key (company and id, last and first
// name). The matches before that start, which the sample did not see, are few
// or none; the search index keeps each lead's last name and company beside its
// trigrams, so it finds them without reading the leads before them. From the
// first match, the sample tells the share of leads that match, so how far a
// walk that meets them evenly goes to fill the page. When that is not far, the
// walk runs bounded by a sampled key three times as far (an index range, so it
// cannot read further): a full page is the page; fewer (the matches are not
// even along the sort), and the caller reads every match. The sample's count
// of matches is also the view's estimate (table-sample.ts); its keys from the
// start are read only for a view that may walk.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { withLocalSettings, type LocalSettings } from "@/lib/db/local-settings";
import { parseRow } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { findLeadRows, type ListedLead } from "./lead-rows-sql";
import type { LeadListParams } from "./list-params";
import { sortDirection } from "./list-url";
import { leadSample, type Sample, type SampledMatches, type TableSampling } from "./table-sample";

/**
 * The walk is tried when the sample says it should meet the page within this
 * many leads. The walk tests the filter on the index's own entries, which
 * carry the searched text and the facets (migration sort_indexes_cover_filters):
 * 200,000 of them are ~50 MB of index, read in order, where reading every
 * match costs a table page each (at ten million leads, 19,686 matches 421 ms
 * from disk against 13 ms for the walk).
 */
export const WALK_BOUND_ROWS = 200_000;
/**
 * Nor further than this many leads for each match the view has: below that,
 * reading every match costs less. An index entry walked costs about a tenth
 * of a match's table page or less (at ten million leads from disk, 17,276
 * entries in 13 ms against 19,686 matches in 421 ms); at a million leads,
 * walks of 60,000-80,000 entries for 2,400 matches made the slowest views.
 */
const WALK_PER_MATCH = 10;
/** The bound is where the walk should have met this many pages of matches. */
const MARGIN = 3;

/**
 * The bound is at least this many sampled keys along, counted from the first
 * sampled match. Where one sampled key stands for more leads than an even walk
 * needs (at ten million leads, 333), the first match's own key lies anywhere
 * from a few leads to a thousand along, and the walk up to it came back short
 * of a page now and then: `q=litware&sort=company` passed 34 matches to its
 * first sampled one, then read all 663,332 (3.7-4.3 s). Five keys stand for
 * ~1,700 index entries there, a millisecond or two of the walk.
 */
const MIN_KEYS = 5;

/** Sampled matches expected before the bound, above which seeing none means they are elsewhere. */
const CLUSTER_EVIDENCE = 3;

/** Each sort's key, as its index has it (lead_list_indexes migration). */
const sortKeyColumns = {
  name: ["lastName", "firstName", "id"],
  company: ["company", "id"],
} as const;

const keyList = (columns: readonly string[], prefix = "") => columns.map((c) => `${prefix}"${c}"`).join(", ");

/** What the page sample says of a view's matches, and where along its sort's key the first one is. */
export interface SortKeySample extends SampledMatches {
  sample: Sample;
  /** Sampled leads. */
  leads: number;
  /** The leading column's value (company, last name) of the first sampled match: the walk starts at it. */
  start: string | null;
}

/** The sampled keys in the sort's order from the start, as far as a walk may go, and which of them match. */
export interface SortKeyRun {
  firsts: string[][];
  firstHits: boolean[];
}

/**
 * Where a walk starts: the first sampled match's value of the sort's leading
 * column (its last name, its company), or of its first two (its last and first
 * name).
 */
export type WalkStart = readonly string[];

/** The leads at or after the start in the sort's order: a row comparison, a range of the sort's index. */
const atOrAfter = (columns: readonly string[], start: WalkStart) =>
  Prisma.sql`(${Prisma.raw(keyList(columns.slice(0, start.length), "leads."))}) >= (${Prisma.join([...start])})`;

/**
 * The leads before the start, as parts no lead matches two of, each planned on
 * its own (lead-rows-sql.ts): every part is a key or a range of the search
 * index (`lastName < 'Chen'`; `lastName = 'Chen' AND "firstName" < 'Olivia'`).
 */
const before = (columns: readonly string[], start: WalkStart): Prisma.Sql[] =>
  start.map((value, i) =>
    Prisma.join(
      [
        ...start.slice(0, i).map((equal, j) => Prisma.sql`leads.${Prisma.raw(`"${columns[j]}"`)} = ${equal}`),
        Prisma.sql`leads.${Prisma.raw(`"${columns[i]}"`)} < ${value}`,
      ],
      " AND ",
    ),
  );

/**
 * The sample read of sampleSortKeys: one pass over the sample counts its leads
 * and matches and finds the first match's group. It is also the view's
 * estimate (list-leads.ts), so it runs for every cold text search sorted by
 * name or company, most of which then read their matches and never walk.
 */
function sortKeySampleSql(where: Prisma.Sql, sort: keyof typeof sortKeyColumns, sample: Sample): Prisma.Sql {
  const leading = Prisma.raw(`leads."${sortKeyColumns[sort][0]}"`);
  return Prisma.sql`
    SELECT count(*)::int AS leads, (count(*) FILTER (WHERE hit))::int AS hits,
      (count(DISTINCT page) FILTER (WHERE hit))::int AS pages, min(k0) FILTER (WHERE hit) AS start
    FROM (SELECT ${leading} AS k0, ${sample.page} AS page, COALESCE(${where}, false) AS hit FROM ${sample.from}) s`;
}

/**
 * The keys a walk from the start may pass, read along the sample's own index
 * of the sort (lead_sample_sort_keys migration), the filter tested on those
 * only; the aggregates take them in that order. A bound is a lead's own key, so
 * every lead up to it has one. Exported for the plan test.
 */
export function sortKeyRunSql(
  where: Prisma.Sql,
  sort: keyof typeof sortKeyColumns,
  sample: Sample,
  start: WalkStart,
): Prisma.Sql {
  const columns = sortKeyColumns[sort];
  const keys = Prisma.raw(keyList(columns.map((_, i) => `k${i}`)));
  return Prisma.sql`
    SELECT COALESCE(jsonb_agg(jsonb_build_array(${keys})), '[]') AS firsts,
      COALESCE(jsonb_agg(hit), '[]') AS "firstHits"
    FROM (
      SELECT ${Prisma.raw(columns.map((c, i) => `leads."${c}" AS k${i}`).join(", "))}, COALESCE(${where}, false) AS hit
      FROM ${sample.from}
      WHERE ${Prisma.raw(columns.map((c) => `leads."${c}" IS NOT NULL`).join(" AND "))}
        AND ${atOrAfter(columns, start)}
      ORDER BY ${Prisma.raw(keyList(columns, "leads."))} LIMIT ${Math.ceil(WALK_BOUND_ROWS / sample.scale)}
    ) run`;
}

/**
 * The planner, not knowing how far along the key the start is, sorted every
 * sampled lead to take the first few thousand: at a million leads 30-50 ms of
 * the statement's 55-90, against 9 ms to read them along the index.
 */
export const ALONG_THE_INDEX: LocalSettings = { enable_sort: "off" };

/**
 * Reads the sample for a text search sorted by name or company (going up) on
 * a large table; undefined for any other view, or a table counted exactly.
 */
export async function sampleSortKeys(
  where: Prisma.Sql,
  params: Pick<LeadListParams, "q" | "sort" | "dir">,
  sampling: TableSampling,
): Promise<SortKeySample | undefined> {
  // Going down, leads without the key come first: there is no bound before them.
  if (!params.q || (params.sort !== "name" && params.sort !== "company") || sortDirection(params) !== "asc") {
    return undefined;
  }
  const sample = await leadSample(sampling);
  if (!sample) return undefined;
  const db = await getDb();
  const rows = await db.$queryRaw(sortKeySampleSql(where, params.sort, sample));
  const found = parseRow(
    z.object({ leads: z.number(), hits: z.number(), pages: z.number(), start: z.string().nullable() }),
    rows,
  );
  return { sample, ...found };
}

/** The sampled keys from the start on (sortKeyRunSql). */
async function sampleSortKeyRun(
  where: Prisma.Sql,
  sort: keyof typeof sortKeyColumns,
  sample: Sample,
  start: WalkStart,
): Promise<SortKeyRun> {
  const db = await getDb();
  const rows = await withLocalSettings(ALONG_THE_INDEX, db.$queryRaw(sortKeyRunSql(where, sort, sample, start)));
  return parseRow(z.object({ firsts: z.array(z.array(z.string())), firstHits: z.array(z.boolean()) }), rows);
}

/**
 * The sampled matches of one group of the sort's leading column (a last name,
 * a company), and the least of their next key column (a first name, NULL when
 * none has one; an id, as text, which sorts as the id does).
 */
async function sampleGroupStart(
  where: Prisma.Sql,
  sort: keyof typeof sortKeyColumns,
  sample: Sample,
  group: string,
): Promise<{ hits: number; next: string | null }> {
  const [leading, next] = sortKeyColumns[sort];
  const db = await getDb();
  const rows = await db.$queryRaw`
    SELECT (count(*) FILTER (WHERE hit))::int AS hits, min(k1) FILTER (WHERE hit) AS next
    FROM (SELECT leads.${Prisma.raw(`"${next}"`)}::text AS k1, COALESCE(${where}, false) AS hit
      FROM ${sample.from} WHERE leads.${Prisma.raw(`"${leading}"`)} = ${group}) g`;
  return parseRow(z.object({ hits: z.number(), next: z.string().nullable() }), rows);
}

/**
 * A group's matches sit together at one key inside it (a first name's at that
 * name inside each last name), or are spread through it in no order the walk
 * knows (a last name's through a company, by id). Where the first match's
 * group has many leads (at ten million, "Chen" has more than the walk's bound
 * before "Olivia"), the walk from that group never reaches them, and all the
 * view's matches were read (23,699 table pages, 0.6-3 s from disk; for
 * `q=smith&sort=company&stage=DO_NOT_CONTACT` 19,686, 0.4-1.2 s). So the walk
 * may start at the first sampled match's key instead: its last and first name,
 * its company and id. The group's matches before that key are then read from
 * the search index by the group's value (its key), each a table page: that is
 * for a group with at most this many matches.
 */
const GROUP_READ_MATCHES = 3_000;

/**
 * Leads per match: the sample's as a whole, or, where the sampled keys after
 * the first match hold a few more matches and closer together, theirs. A last
 * name's matches sit together in its group: at ten million leads,
 * `q=nunez&source=TestDrive&status=QUALIFIED` matches one lead in 1,600, and
 * about one in 76 of the group "Núñez" it walks.
 */
function leadsPerMatch(sampled: SortKeySample & SortKeyRun, first: number): number {
  const after = sampled.firstHits.slice(first + 1);
  const hits = after.filter(Boolean).length;
  const whole = sampled.leads / sampled.hits;
  return hits >= CLUSTER_EVIDENCE ? Math.min(whole, after.length / hits) : whole;
}

/**
 * The sampled key to bound the walk at, or undefined when the sample cannot
 * say that the walk meets the page soon enough. The walk starts at the first
 * sampled match's group (or name: walkRange), so it passes the leads before
 * that match (a first name's matches sit at that name inside each last name),
 * then goes three times as far as an even walk goes to fill the page, and at
 * least MIN_KEYS sampled keys: at most WALK_BOUND_ROWS, and WALK_PER_MATCH
 * leads a match (the sample's sampled leads a sampled match).
 */
export function walkBound(sampled: SortKeySample & SortKeyRun, offset: number, size: number): string[] | undefined {
  const first = sampled.firstHits.indexOf(true);
  if (!sampled.hits || first < 0) return undefined;
  const even = MARGIN * (offset + size) * leadsPerMatch(sampled, first);
  const rank = first + Math.max(MIN_KEYS, Math.ceil(even / sampled.sample.scale));
  const bound = sampled.firsts[rank - 1];
  if (rank * sampled.sample.scale > WALK_BOUND_ROWS || rank > WALK_PER_MATCH * sampled.hits || !bound) return undefined;
  // Where the sample should see several more matches after the first and sees
  // none, they sit together further along (a small table's sample is dense
  // enough to tell; a large one's is not, and its walk is short).
  const expected = ((rank - first - 1) * sampled.hits) / sampled.leads;
  if (expected >= CLUSTER_EVIDENCE && !sampled.firstHits.slice(first + 1, rank).includes(true)) return undefined;
  return bound;
}

/**
 * Where the walk starts and the sampled key it stops at, or undefined when
 * the sample cannot say that a walk meets the page: from the first match's
 * group, else from its own key (GROUP_READ_MATCHES): its company and id, or
 * its last and first name when the walk then stays inside that last name.
 */
async function walkRange(
  where: Prisma.Sql,
  sort: keyof typeof sortKeyColumns,
  sampled: SortKeySample & { start: string },
  offset: number,
  size: number,
): Promise<{ start: WalkStart; bound: string[] } | undefined> {
  const { sample, start } = sampled;
  const boundFrom = async (from: WalkStart) =>
    walkBound({ ...sampled, ...(await sampleSortKeyRun(where, sort, sample, from)) }, offset, size);
  const fromGroup = await boundFrom([start]);
  if (fromGroup) return { start: [start], bound: fromGroup };
  const group = await sampleGroupStart(where, sort, sample, start);
  if (group.next === null || group.hits * sample.scale > GROUP_READ_MATCHES) return undefined;
  const keyed = [start, group.next];
  const fromKey = await boundFrom(keyed);
  // A name walk stays inside the last name: it passes no lead without a first name (they sort after the
  // named ones, and the row comparison leaves them out). Every lead has an id.
  return fromKey && (sort === "company" || fromKey[0] === start) ? { start: keyed, bound: fromKey } : undefined;
}

/**
 * The page of a name or company sort (going up): the matches before the
 * walk's start (walkRange), then a walk from there bounded where the sample
 * says it has met the page; undefined when the sample cannot say so, or the
 * walk found less than a page.
 */
export async function findRowsByBoundedWalk(
  where: Prisma.Sql,
  params: Pick<LeadListParams, "sort" | "dir"> & { size: number },
  offset: number,
  sampled: SortKeySample,
): Promise<ListedLead[] | undefined> {
  const { start } = sampled;
  if (!sampled.hits || start === null || (params.sort !== "name" && params.sort !== "company")) return undefined;
  const range = await walkRange(where, params.sort, { ...sampled, start }, offset, params.size);
  if (!range) return undefined;
  const columns = sortKeyColumns[params.sort];
  const within = Prisma.sql`${atOrAfter(columns, range.start)}
    AND (${Prisma.raw(keyList(columns, "leads."))}) <= (${Prisma.join(range.bound)})`;
  // Both read from the top, as far as the page's end; every match before the start sorts before the walk's.
  const upToPage = { ...params, size: offset + params.size };
  const [earlier, walked] = await Promise.all([
    findLeadRows(
      before(columns, range.start).map((part) => Prisma.sql`${where} AND ${part}`),
      upToPage,
      0,
      "matches",
    ),
    findLeadRows(Prisma.sql`${where} AND ${within}`, upToPage, 0, "ordered"),
  ]);
  const rows = [...earlier.rows, ...walked.rows].slice(offset, offset + params.size);
  return rows.length === params.size ? rows : undefined;
}
