// A text search sorted by name or company, for a view known to match many
// leads. Its matches may sit together in that order (the term is a company, so
// a walk of the company index reads every company before it) or be spread
// along it (the term is a last name, the sort the company), and only a walk
// tells: list-leads.ts reads every match and sorts them, which is safe but at
// ten million leads costs 0.5–2.5 s for a common term.
// The page sample tells the share of leads that match, so how far a walk that
// meets them evenly goes to fill the page. When that is not far, the walk runs
// bounded by a sampled key three times as far (an index range, so it cannot
// read further): a full page from it is the page; fewer (the matches are not
// even along the sort), and the caller reads every match.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRow } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { findLeadRows, type ListedLead } from "./lead-rows-sql";
import type { LeadListParams } from "./list-params";
import { sortDirection } from "./list-url";
import { leadSample, type TableSampling } from "./table-sample";

/** The walk is tried when the sample says it should meet the page within this many leads. */
export const WALK_BOUND_ROWS = 40_000;
/** The bound is where the walk should have met this many pages of matches. */
const MARGIN = 3;

/** Each sort's key, as its index has it (lead_list_indexes migration). */
const sortKeyColumns = {
  name: ["lastName", "firstName", "id"],
  company: ["company", "id"],
} as const;

const keyList = (columns: readonly string[], prefix = "") => columns.map((c) => `${prefix}"${c}"`).join(", ");

/**
 * The page of a name or company sort (going up) read by a walk bounded where
 * the sample says it has met the page; undefined when the sample cannot say
 * so, or the walk found less than a page.
 */
export async function findRowsByBoundedWalk(
  where: Prisma.Sql,
  params: Pick<LeadListParams, "sort" | "dir"> & { size: number },
  offset: number,
  sampling: TableSampling,
): Promise<ListedLead[] | undefined> {
  // Going down, leads without the key come first: there is no bound before them.
  if ((params.sort !== "name" && params.sort !== "company") || sortDirection(params) !== "asc") return undefined;
  const sample = await leadSample(sampling);
  if (!sample) return undefined;
  const columns = sortKeyColumns[params.sort];
  const keys = columns.map((_, i) => `k${i}`);
  const db = await getDb();
  // The share of sampled leads that match, and the sampled keys a bound may be
  // (the first ones in the sort's order, as far as the walk may go). A bound
  // is a lead's own key, so every lead up to it has one.
  const rows = await db.$queryRaw`
    WITH sampled AS MATERIALIZED (
      SELECT ${Prisma.raw(columns.map((c, i) => `leads."${c}" AS k${i}`).join(", "))},
        COALESCE(${where}, false) AS hit
      FROM leads ${sample.sql}
    ), firsts AS (
      SELECT ${Prisma.raw(keyList(keys))} FROM sampled WHERE ${Prisma.raw(keys.map((k) => `${k} IS NOT NULL`).join(" AND "))}
      ORDER BY ${Prisma.raw(keyList(keys))} LIMIT ${Math.ceil(WALK_BOUND_ROWS / sample.scale)}
    )
    SELECT (SELECT count(*)::int FROM sampled) AS leads, (SELECT count(*)::int FROM sampled WHERE hit) AS hits,
      (SELECT COALESCE(jsonb_agg(jsonb_build_array(${Prisma.raw(keyList(keys))})
        ORDER BY ${Prisma.raw(keyList(keys))}), '[]') FROM firsts) AS firsts`;
  const found = parseRow(z.object({ leads: z.number(), hits: z.number(), firsts: z.array(z.array(z.string())) }), rows);
  if (!found.hits) return undefined;
  const walk = (MARGIN * (offset + params.size) * found.leads) / found.hits;
  const bound = found.firsts[Math.ceil(walk / sample.scale) - 1];
  if (walk > WALK_BOUND_ROWS || !bound) return undefined;
  const within = Prisma.sql`(${Prisma.raw(keyList(columns, "leads."))}) <= (${Prisma.join(bound)})`;
  const walked = await findLeadRows(Prisma.sql`${where} AND ${within}`, params, offset, "ordered");
  return walked.rows.length === params.size ? walked.rows : undefined;
}
