// A fixed-size page sample of the leads table, for what may be estimated on a
// large table instead of counted: the facet counts of a broad filter
// (lead-facets.ts) and whether a list view matches many leads (list-leads.ts).
// Its cost stays flat as the table grows.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRow, parseRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";

export interface TableSampling {
  /** Tables with at most this many leads are always counted exactly. */
  exactTableRows: number;
  /** Leads the sample aims to read. */
  sampleRows: number;
  /** Estimated leads above which a sample's counts are kept (the list's count cap). */
  exactLimit: number;
}
export const defaultTableSampling: TableSampling = { exactTableRows: 200_000, sampleRows: 30_000, exactLimit: 10_000 };

/** The planner's row estimate of the leads table (kept by ANALYZE and autovacuum); 0 before the first. */
async function estimatedLeadRows(): Promise<number> {
  const db = await getDb();
  const rows = await db.$queryRaw`
    SELECT GREATEST(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = 'leads'::regclass`;
  return parseRow(z.object({ rows: z.number() }), rows).rows;
}

export interface Sample {
  /** `TABLESAMPLE …` for `FROM leads`. */
  sql: Prisma.Sql;
  /** What a count in the sample is multiplied by. */
  scale: number;
}

/** The sample to read, or undefined while the table is small enough to count exactly. */
export async function leadSample(sampling: TableSampling): Promise<Sample | undefined> {
  const tableRows = await estimatedLeadRows();
  if (tableRows <= sampling.exactTableRows) return undefined;
  const percent = Math.min(100, (100 * sampling.sampleRows) / tableRows);
  // Page-level sampling with a fixed seed: the same table gives the same estimate.
  return { sql: Prisma.sql`TABLESAMPLE SYSTEM (${percent}) REPEATABLE (7)`, scale: 100 / percent };
}

/** A sampled lead's page: the first half of its ctid. */
export const rowPage = Prisma.raw("(ctid::text::point)[0]");

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
    SELECT count(*)::int AS hits, count(DISTINCT ${rowPage})::int AS pages
    FROM leads ${sample.sql} WHERE ${where}`;
  return trustedEstimate(parseRow(z.object({ hits: z.number(), pages: z.number() }), rows), sample);
}

/** A column of few values that a sort can lead with. */
export type GroupColumn = "stage" | "status";

export interface SampledGroup extends SampledMatches {
  /** Sampled leads with this value, matching or not. */
  leads: number;
}

/** The sample's matches of a filter, in all and by the values of one column. */
export interface GroupSample extends SampledMatches {
  sample: Sample;
  groups: Map<string, SampledGroup>;
}

/**
 * For each value of `column` in the sample: its leads, and the matches of
 * `where` among them; and all the matches, for the view's estimate. Undefined
 * while the table is small enough to count.
 */
export async function sampleGroups(
  where: Prisma.Sql,
  column: GroupColumn,
  sampling: TableSampling,
): Promise<GroupSample | undefined> {
  const sample = await leadSample(sampling);
  if (!sample) return undefined;
  const db = await getDb();
  const grouped = Prisma.raw(`leads.${column}`);
  // The () set is every sampled lead: its distinct pages are not the sum of the groups'.
  const rows = await db.$queryRaw`
    SELECT ${grouped}::text AS value, GROUPING(${grouped})::int AS whole, count(*)::int AS leads,
      count(*) FILTER (WHERE ${where})::int AS hits,
      count(DISTINCT ${rowPage}) FILTER (WHERE ${where})::int AS pages
    FROM leads ${sample.sql} GROUP BY GROUPING SETS ((${grouped}), ())`;
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
