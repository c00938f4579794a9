// A fixed-size page sample of the leads table, for what may be estimated on a
// large table instead of counted: the facet counts of a broad filter
// (lead-facets.ts) and whether a list view matches many leads (list-leads.ts).
// Its cost stays flat as the table grows. The sample is kept in a table of its
// own, lead_sample (migration lead_sample), and taken again in the background
// when it is two minutes old: each cold view read TABLESAMPLE of the wide
// "leads" pages two or three times, 6-14 ms a statement more than the copy at
// a million leads, and at ten million from disk (docs/performance.md, tenth round).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { NO_CLIENT_LIMITS } from "@/lib/db/local-settings";
import { parseRow, parseRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

export interface TableSampling {
  /** Tables with at most this many leads are always counted exactly. */
  exactTableRows: number;
  /** Leads the sample aims to read. */
  sampleRows: number;
  /** Estimated leads above which a sample's counts are kept (the list's count cap). */
  exactLimit: number;
  /**
   * Below the cap, estimated leads above which the sample's counts are kept all
   * the same when the sample itself holds at least `estimateSampled` of them.
   */
  estimateAbove: number;
  /**
   * Leads taking part the sample must hold for `estimateAbove`: 20, as many as
   * a trusted estimate's pages (about ±22% on the total, as above the cap).
   */
  estimateSampled: number;
  /**
   * A view sorted by arrival whose window (arrival-window.ts) the sample says
   * holds at most this many leads, matching or not, tests its filter on them
   * rather than look it up: today's ~27,000 leads at ten million read and
   * tested from disk in 14-19 ms, a term's scan of the search index 85-230 ms.
   */
  testedWindowRows: number;
  /**
   * A larger window newest first, holding at most this many leads, is also
   * looked up by its days in the search index (receivedDaysSql): its days' lists
   * cost the scan ~16 ns a lead from disk (32 ms here), its matches of all time
   * left out a table page each.
   */
  keyedWindowRows: number;
  /** Estimated leads below which an exact facet pass runs one statement per chosen facet (lead-facets.ts). */
  splitBelow: number;
  /** Age (ms) after which the kept sample is taken again in the background, and served meanwhile. */
  refreshAfterMs: number;
  /** Age (ms) after which it is taken again before it is read (after a quiet spell). */
  maxAgeMs: number;
}
/** Triage changes and new leads reach the estimates within about two minutes. */
export const defaultTableSampling: TableSampling = {
  exactTableRows: 200_000,
  sampleRows: 30_000,
  exactLimit: 10_000,
  estimateAbove: 4_000,
  estimateSampled: 20,
  testedWindowRows: 30_000,
  keyedWindowRows: 2_000_000,
  splitBelow: 1_000,
  refreshAfterMs: 2 * 60_000,
  maxAgeMs: 30 * 60_000,
};

/**
 * Whether the sample's scaled count stands in for an exact one: above the
 * count cap always; below it, above `estimateAbove` when the sample holds at
 * least `estimateSampled` of those leads, so it is close. An exact read costs
 * a heap page a lead (~13 µs from disk): 4,000-10,000 leads were most of the
 * slowest cold views at a million, and at ten million, where the sample holds
 * one lead in 333, the search index's scan comes on top. The facet menus
 * (lead-facets.ts) and a view sorted by arrival (arrival-window.ts) follow it.
 */
export function estimatedFromSample(estimate: number, sampled: number, sampling: TableSampling): boolean {
  return estimate > sampling.exactLimit || (estimate > sampling.estimateAbove && sampled >= sampling.estimateSampled);
}

/** The planner's row estimate of the leads table (kept by ANALYZE and autovacuum); 0 before the first. */
export async function estimatedLeadRows(): Promise<number> {
  const db = await getDb();
  const rows = await db.$queryRaw`
    SELECT GREATEST(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = 'leads'::regclass`;
  return parseRow(z.object({ rows: z.number() }), rows).rows;
}

export interface Sample {
  /** The sample for `FROM`, named "leads", so a filter's SQL (lead-filter-sql.ts) reads it as it reads the table. */
  from: Prisma.Sql;
  /** A sampled lead's page in the table. */
  page: Prisma.Sql;
  /** What a count in the sample is multiplied by. */
  scale: number;
}

/** What lead_sample holds: the share of the table's pages it took, and when. */
interface Taken {
  percent: number;
  takenAt: number;
}

/** The columns lead_sample copies (all that filters, sorts and facets read). */
const sampledColumns = [
  "id",
  "receivedAt",
  "firstName",
  "lastName",
  "company",
  "source",
  "action",
  "offerId",
  "offerTitle",
  "stage",
  "isTest",
  "doNotContact",
  "duplicateOfId",
  "status",
  "ownerId",
  "searchText",
  "dueAt",
  "dueSoonAt",
  "firstResponseAt",
  "responseMet",
]
  .map((c) => `"${c}"`)
  .join(", ");

/** What this process last knew lead_sample to hold, and a take in progress. */
let known: Taken | undefined;
let taking: Promise<Taken> | undefined;

/** Taken at about the share the table's size asks for now (a table that grew by a tenth is sampled again). */
const sameShare = (taken: Taken | undefined, percent: number): taken is Taken =>
  !!taken && Math.abs(taken.percent - percent) <= percent / 10;

const age = (taken: Taken) => Date.now() - taken.takenAt;

async function readTaken(): Promise<Taken | undefined> {
  const db = await getDb();
  const rows = parseRows(
    z.object({ percent: z.number(), takenAt: z.date() }),
    await db.$queryRaw`SELECT percent, "takenAt" FROM lead_sample_state WHERE id = 1`,
  );
  return rows[0] && { percent: rows[0].percent, takenAt: rows[0].takenAt.getTime() };
}

/**
 * Takes the sample again: page-level sampling with a fixed seed (the same
 * table gives the same sample), in one transaction, so a reader sees the old
 * sample or the new one, never half of each. The advisory lock keeps two
 * servers from taking it at once.
 */
async function take(percent: number): Promise<Taken> {
  const db = await getDb();
  const taken = { percent, takenAt: Date.now() };
  await db.$transaction(
    [
      db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('leaddesk_lead_sample', 0))`,
      db.$executeRaw`DELETE FROM lead_sample`,
      db.$executeRaw`INSERT INTO lead_sample (page, ${Prisma.raw(sampledColumns)})
        SELECT (ctid::text::point)[0]::int, ${Prisma.raw(sampledColumns)}
        FROM leads TABLESAMPLE SYSTEM (${percent}) REPEATABLE (7)`,
      db.$executeRaw`INSERT INTO lead_sample_state (id, percent, "takenAt")
        VALUES (1, ${percent}, ${new Date(taken.takenAt)})
        ON CONFLICT (id) DO UPDATE SET percent = EXCLUDED.percent, "takenAt" = EXCLUDED."takenAt"`,
    ],
    NO_CLIENT_LIMITS,
  );
  return taken;
}

/** Adopts the sample another server (or an earlier run) took when it is young enough; else takes it. */
async function retake(percent: number, sampling: TableSampling): Promise<Taken> {
  const stored = await readTaken();
  known = sameShare(stored, percent) && age(stored) <= sampling.refreshAfterMs ? stored : await take(percent);
  return known;
}

/**
 * The kept sample at `percent`: as it is while young; served while it is taken
 * again in the background once older than refreshAfterMs, so no viewer waits
 * for a take; taken before it is read when there is none, it is older than
 * maxAgeMs or the table's size changed. A server that has just started serves
 * the stored one the same way: a take reads 3% of the table's pages and
 * rewrites the copy, 0.3-0.5 s at a million leads, which its first viewer
 * waited for after every restart. One take at a time in this process.
 */
async function keptSample(percent: number, sampling: TableSampling): Promise<Taken> {
  known ??= await readTaken();
  const current = sameShare(known, percent) ? known : undefined;
  if (current && age(current) <= sampling.refreshAfterMs) return current;
  const next = (taking ??= retake(percent, sampling).finally(() => (taking = undefined)));
  if (current && age(current) <= sampling.maxAgeMs) {
    next.catch((err: unknown) => logger.warn({ err }, "the leads' page sample could not be taken again"));
    return current;
  }
  return next;
}

const sampleFrom = Prisma.raw("lead_sample AS leads");
const samplePage = Prisma.raw("leads.page");

/** The sample to read, or undefined while the table is small enough to count exactly. */
export async function leadSample(sampling: TableSampling): Promise<Sample | undefined> {
  const tableRows = await estimatedLeadRows();
  if (tableRows <= sampling.exactTableRows) return undefined;
  const percent = Math.min(100, (100 * sampling.sampleRows) / tableRows);
  const { percent: taken } = await keptSample(percent, sampling);
  return { from: sampleFrom, page: samplePage, scale: 100 / taken };
}

/**
 * Sample pages a filter's matches must be spread over before their scaled
 * count is trusted. A sample takes whole pages, and a page holds leads that
 * arrived together: a filter on a day, or a burst of one campaign, is in a few
 * pages, and one page more or less in the sample moves the estimate by
 * thousands.
 */
const SPREAD_PAGES = 20;

/** What the sample holds of a filter's matches. */
export interface SampledMatches {
  /** Sampled leads that match. */
  hits: number;
  /** Sample pages they are on. */
  pages: number;
}

/** The scaled count of sampled matches, when they are spread widely enough to be trusted. */
export function trustedEstimate(matches: SampledMatches, sample: Sample): number | undefined {
  return matches.pages >= SPREAD_PAGES ? Math.round(matches.hits * sample.scale) : undefined;
}

/**
 * The number of leads `where` matches, estimated from the sample, when the
 * table is large and the estimate is sound; otherwise undefined (count them).
 */
export async function estimateMatches(where: Prisma.Sql, sampling: TableSampling): Promise<number | undefined> {
  const sample = await leadSample(sampling);
  if (!sample) return undefined;
  const db = await getDb();
  const rows = await db.$queryRaw`
    SELECT count(*)::int AS hits, count(DISTINCT ${sample.page})::int AS pages
    FROM ${sample.from} WHERE ${where}`;
  return trustedEstimate(parseRow(z.object({ hits: z.number(), pages: z.number() }), rows), sample);
}

/** A column of few values that a sort can lead with. */
export type GroupColumn = "stage" | "status";

export interface SampledGroup extends SampledMatches {
  /** Sampled leads with this value within the view's date window (the group's walk reads those), matching or not. */
  leads: number;
}

/** The sample's matches of a filter, in all and by the values of one column. */
export interface GroupSample extends SampledMatches {
  sample: Sample;
  groups: Map<string, SampledGroup>;
}

/**
 * The statement behind sampleGroups. Each lead's conditions are tested before
 * the grouping sorts it, so the sort holds four narrow columns, not the
 * conditions' own (the searched text): sorted whole, the ~30,000 sampled leads
 * spilled to disk (52 ms at a million leads; docs/performance.md, twenty-third
 * round). The () set is every sampled lead: its distinct pages are not the sum
 * of the groups'.
 */
export function sampleGroupsSql(
  where: Prisma.Sql,
  column: GroupColumn,
  sample: Sample,
  window: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`
    WITH tested AS MATERIALIZED (
      SELECT ${Prisma.raw(`leads.${column}`)} AS value, (${window}) AS inside, (${where}) AS hit, ${sample.page} AS page
      FROM ${sample.from}
    )
    SELECT value::text AS value, GROUPING(value)::int AS whole,
      count(*) FILTER (WHERE inside)::int AS leads, count(*) FILTER (WHERE hit)::int AS hits,
      count(DISTINCT page) FILTER (WHERE hit)::int AS pages
    FROM tested GROUP BY GROUPING SETS ((value), ())`;
}

/**
 * For each value of `column` in the sample: its leads within `window` (all of
 * them without one), and the matches of `where` among them; and all the
 * matches, for the view's estimate. Undefined while the table is small enough
 * to count.
 */
export async function sampleGroups(
  where: Prisma.Sql,
  column: GroupColumn,
  sampling: TableSampling,
  window = Prisma.sql`TRUE`,
): Promise<GroupSample | undefined> {
  const sample = await leadSample(sampling);
  if (!sample) return undefined;
  const db = await getDb();
  const rows = await db.$queryRaw(sampleGroupsSql(where, column, sample, window));
  const parsed = parseRows(
    z.object({
      value: z.string().nullable(),
      whole: z.number(),
      leads: z.number(),
      hits: z.number(),
      pages: z.number(),
    }),
    rows,
  );
  const all = parsed.find((row) => row.whole === 1) ?? { hits: 0, pages: 0 };
  const groups = new Map(
    parsed
      .filter((row) => row.whole === 0 && row.value !== null)
      .map(({ value, leads, hits, pages }) => [value!, { leads, hits, pages }]),
  );
  return { sample, hits: all.hits, pages: all.pages, groups };
}
