// A view sorted by arrival that the page sample says matches thousands of
// leads, below the count cap. The list read every match to sort and count
// them: a heap page a match, 66-91 ms for 4,500 of them from disk at a million
// leads, the slowest part of most slow cold views. When the sample holds
// enough of the matches for its estimate to stand in for the count (the rule
// the facet menus follow, estimatedFromSample), only the matches that arrived
// since a sampled match's arrival are read: the one as far along as three
// pages of matches over the sample's scale. The receivedAt index's bitmap,
// ANDed with the filter's, keeps the read to those. A full page from there is
// the page, since every match it leaves out arrived further along the order;
// fewer (the matches are not even in time), and the caller reads every match.
// When the sample says the window holds few leads, matching or not, the
// filter is tested on them instead of looked up: at ten million leads a term's
// scan of the search index cost 216 ms of a read whose window held 7,228
// leads (nineteenth round).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRow } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";
import { receivedDaysSql, testedOnRows } from "./lead-filter-sql";
import { findLeadRows, type ListedLead } from "./lead-rows-sql";
import type { LeadListParams } from "./list-params";
import { sortDirection } from "./list-url";
import {
  estimatedFromSample,
  leadSample,
  trustedEstimate,
  type Sample,
  type SampledMatches,
  type TableSampling,
} from "./table-sample";

/** Sampled matches' arrivals kept, in the view's order: enough for a page about 2,000 leads deep at a million. */
const ARRIVALS_KEPT = 200;
/** The bound is where the sample has passed this many pages of matches. */
const MARGIN = 3;
/**
 * And at least this many sampled matches: where one sampled match stands for
 * more than three pages (ten million leads: 333), the first is at or before
 * the page's end about one time in seven, the second one in a hundred.
 */
const MIN_HITS = 2;

/** What the page sample says of a view's matches in arrival order. */
export interface ArrivalSample extends SampledMatches {
  sample: Sample;
  /** The first sampled matches' arrivals (epoch ms), in the view's order. */
  arrivals: number[];
  /** Sampled leads, matching or not, in the page's window: from the view's start to its bounding match (windowHit). */
  windowLeads: number;
}

/** How a window's leads compare with its bound: since it, newest first; up to it, oldest first. */
const windowSide = (params: Pick<LeadListParams, "sort" | "dir">) => (sortDirection(params) === "desc" ? ">=" : "<=");

/** Which sampled match, in the view's order, bounds the page's window (1 for the first). */
export const windowHit = (offset: number, size: number, scale: number) =>
  Math.max(MIN_HITS, Math.ceil((MARGIN * (offset + size)) / scale));

/** Reads the sample for a view sorted by arrival on a large table; undefined for any other. */
export async function sampleArrivals(
  where: Prisma.Sql,
  params: Pick<LeadListParams, "sort" | "dir" | "page" | "size">,
  sampling: TableSampling,
): Promise<ArrivalSample | undefined> {
  if (params.sort !== "received") return undefined;
  const sample = await leadSample(sampling);
  if (!sample) return undefined;
  const order = Prisma.raw(sortDirection(params) === "desc" ? "DESC" : "ASC");
  const hit = windowHit((params.page - 1) * params.size, params.size, sample.scale);
  const db = await getDb();
  const rows = await db.$queryRaw`
    WITH hits AS MATERIALIZED (
      SELECT leads."receivedAt" AS at, ${sample.page} AS page FROM ${sample.from} WHERE ${where}
    )
    SELECT (SELECT count(*) FROM hits)::int AS hits, (SELECT count(DISTINCT page) FROM hits)::int AS pages,
      (SELECT COALESCE(jsonb_agg(round(extract(epoch FROM at) * 1000) ORDER BY at ${order}), '[]')
        FROM (SELECT at FROM hits ORDER BY at ${order} LIMIT ${ARRIVALS_KEPT}) firsts) AS arrivals,
      (SELECT count(*) FROM ${sample.from}
        WHERE leads."receivedAt" ${Prisma.raw(windowSide(params))}
          (SELECT at FROM hits ORDER BY at ${order} OFFSET ${hit - 1} LIMIT 1))::int AS "windowLeads"`;
  const found = parseRow(
    z.object({ hits: z.number(), pages: z.number(), arrivals: z.array(z.number()), windowLeads: z.number() }),
    rows,
  );
  return { sample, ...found };
}

/**
 * The arrival (epoch ms) to read the page's matches up to, or undefined when
 * the sample's estimate may not stand in for the count, or it has not seen
 * that many matches.
 */
function arrivalBound(
  sampled: ArrivalSample,
  offset: number,
  size: number,
  sampling: TableSampling,
): number | undefined {
  const estimate = trustedEstimate(sampled, sampled.sample);
  if (estimate === undefined || !estimatedFromSample(estimate, sampled.hits, sampling)) return undefined;
  return sampled.arrivals[windowHit(offset, size, sampled.sample.scale) - 1];
}

/**
 * The view's filter within the page's window, or undefined when the sample
 * gives it none. Where the window holds few leads, the filter is tested on
 * them (no index condition: the window's leads are read and tested). Else its
 * matches are looked up, newest first within the window's days as well
 * (receivedDaysSql, up to `keyedWindowRows`): the receivedAt btree's bitmap
 * was seldom ANDed with the search index's, so every match of all time was
 * read and tested, 10,007 table pages for `owner=me&q=nunez&status=QUALIFIED`
 * at ten million leads (a window of 36 days). The window holds about three
 * pages of matches of 4,000 or more. Oldest first, it runs from the table's
 * first day: its days would be most of the index's.
 */
export function arrivalWindowSql(
  where: Prisma.Sql,
  params: Pick<LeadListParams, "sort" | "dir"> & { size: number },
  offset: number,
  sampled: ArrivalSample,
  sampling: TableSampling,
): Prisma.Sql | undefined {
  const bound = arrivalBound(sampled, offset, params.size, sampling);
  if (bound === undefined) return undefined;
  const [at, side] = [new Date(bound), windowSide(params)];
  const within = Prisma.sql`leads."receivedAt" ${Prisma.raw(side)} ${sqlTime(at)}`;
  const windowLeads = sampled.windowLeads * sampled.sample.scale;
  if (windowLeads <= sampling.testedWindowRows) return Prisma.sql`${testedOnRows(where)} AND ${within}`;
  const keyed = side === ">=" && windowLeads <= sampling.keyedWindowRows;
  return Prisma.join([where, within, ...(keyed ? [receivedDaysSql(at)] : [])], " AND ");
}

/** The page of a view sorted by arrival from its matches up to the bound; undefined when that is not a full page. */
export async function findRowsInArrivalWindow(
  where: Prisma.Sql,
  params: Pick<LeadListParams, "sort" | "dir"> & { size: number },
  offset: number,
  sampled: ArrivalSample,
  sampling: TableSampling,
): Promise<ListedLead[] | undefined> {
  const within = arrivalWindowSql(where, params, offset, sampled, sampling);
  if (!within) return undefined;
  const { rows } = await findLeadRows(within, params, offset, "matches");
  return rows.length === params.size ? rows : undefined;
}
