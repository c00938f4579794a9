// The lead list's rows in one statement, each with its owner joined. Prisma
// loads a relation with a second query once the first has answered (one more
// round trip) and maps every row through its query engine, on the busiest page.
// The lead page keeps Prisma's leadRowSelect; a test holds the two shapes equal.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { LARGE_WORK_MEM, withLocalSettings, type LocalSettings } from "@/lib/db/local-settings";
import { parseRow, parseRows } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";
import { arrivalFacetOrder, type ArrivalFacet } from "./arrival-walk";
import { funnelStages } from "./lead";
import { type LeadListParams } from "./list-params";
import { sortDirection } from "./list-url";
import type { LeadRow } from "./list-leads";
import { leadStatuses } from "./statuses";

export type ListedLead = Omit<LeadRow, "duplicateCount">;

/**
 * The sorts whose index carries every column the filter reads (migration
 * sort_indexes_cover_filters), and that index: their indexes are in no order
 * of the table, so a walk that read a table page for each lead it passed read
 * it from anywhere.
 */
export const coveringSortIndexes: Partial<Record<LeadListParams["sort"], string>> = {
  name: "leads_lastName_firstName_id_idx",
  company: "leads_company_id_idx",
  due: "leads_dueAt_receivedAt_id_idx",
};

const text = z.string().nullable();
const time = z.date().nullable();
const rawRow = z.object({
  id: z.string(),
  receivedAt: z.date(),
  firstName: text,
  lastName: text,
  email: text,
  phone: text,
  company: text,
  title: text,
  country: text,
  source: text,
  action: text,
  offerId: text,
  offerTitle: text,
  stage: z.enum(funnelStages),
  status: z.enum(leadStatuses),
  isTest: z.boolean(),
  doNotContact: z.boolean(),
  duplicateOfId: text,
  dueAt: time,
  dueSoonAt: time,
  firstResponseAt: time,
  responseMet: z.boolean().nullable(),
  ownerId: text,
  ownerName: text,
  ownerEmail: text,
});

/** A row's own columns; stage and status are selected as text, the owner by the join. */
const rowColumns = Prisma.raw(
  [
    ["id", "receivedAt", "firstName", "lastName", "email", "phone", "company", "title", "country", "source", "action"],
    ["offerId", "offerTitle", "isTest", "doNotContact", "duplicateOfId"],
    ["dueAt", "dueSoonAt", "firstResponseAt", "responseMet"],
  ]
    .flat()
    .map((c) => `leads."${c}"`)
    .join(", "),
);

/** Every column a sort reads, and the id. */
const sortColumns = Prisma.raw(
  ["id", "receivedAt", "lastName", "firstName", "company", "stage", "status", "dueAt"]
    .map((c) => `leads."${c}"`)
    .join(", "),
);

/**
 * Every sort has an index in this order (lead_list_indexes migration), walked
 * forwards or backwards; the due time's in two walks (dueTimeIds), because
 * leads without a clock come last either way. The id breaks ties so pages
 * never overlap; leads of one stage, status or due time (most leads have no
 * due time) newest first (migration due_sort_newest_first).
 */
function leadOrderSql(params: Pick<LeadListParams, "sort" | "dir">): Prisma.Sql {
  const dir = sortDirection(params) === "asc" ? "ASC" : "DESC";
  const newestFirst = `leads."receivedAt" DESC, leads.id DESC`;
  const order = {
    received: `leads."receivedAt" ${dir}, leads.id ${dir}`,
    name: `leads."lastName" ${dir}, leads."firstName" ${dir}, leads.id ${dir}`,
    company: `leads.company ${dir}, leads.id ${dir}`,
    stage: `leads.stage ${dir}, ${newestFirst}`,
    status: `leads.status ${dir}, ${newestFirst}`,
    // Leads without a clock last either way.
    due: `leads."dueAt" ${dir} NULLS LAST, ${newestFirst}`,
  }[params.sort];
  return Prisma.raw(order);
}

/**
 * How the page's rows are found. "ordered" walks the sort's index and stops
 * at the page: for a filter known to match many leads, which it meets every
 * few rows. "matches" reads every match first, through whatever plan the
 * planner picks for the filter alone (a MATERIALIZED CTE keeps the ORDER BY
 * out of that choice), then sorts them in memory: for a filter known to match
 * few leads. The planner takes filter columns as independent, so for
 * correlated ones (no AzurePortal lead is an INS) it expects thousands of
 * matches, walks the sort's index to find 50 early, and reads the whole table
 * finding none.
 */
export type RowPlan = "ordered" | "matches";

/**
 * "matches" is chosen when few leads match, so it reads them through bitmaps:
 * the filter's index entries first, then each heap page once, with room for an
 * exact bitmap. Allowed a plain index scan, the planner walked the received
 * index past every lead of a date range, testing each, rather than take the
 * range from the status index (range=30d&status=LOST at a million leads: 9,337
 * matches among the month's 158,000 leads, 56 against 11 ms; owner or stage
 * with a range alike). It costs that walk as cheap because the table is in
 * arrival order, and the rows it tests as nearly free. One view measured
 * slower at ten million leads: an owner with an offer and a range, where
 * bitmaps take every lead of the owner (docs/performance.md, ninth round).
 */
const MATCHES_SETTINGS: LocalSettings = { ...LARGE_WORK_MEM, enable_indexscan: "off" };

/**
 * What each plan tells the planner, for its statement's transaction only.
 * "ordered" is chosen once many matches are known, but the planner may not
 * know it: it misjudges a text term by orders of magnitude (at ten million
 * leads `LIKE '%van%' AND LIKE '%der%'` was expected to match 10,000 and
 * matched 494,000), so it built bitmaps of every match and sorted them, 1.6 s
 * against 40 ms for the walk. "matches": MATCHES_SETTINGS (docs/performance.md).
 */
export function planSettings(plan: RowPlan): LocalSettings {
  if (plan === "matches") return MATCHES_SETTINGS;
  return { enable_bitmapscan: "off", enable_seqscan: "off" };
}

export interface FoundRows {
  rows: ListedLead[];
  /** With the "matches" plan, how many leads match (null when the page is past the last one). */
  matches: number | null;
}

/**
 * A filter, or a list of filters no lead matches two of, read as one: with the
 * "matches" plan each is planned on its own (a facet value and one stage are
 * found together in the facet filters' index; `stage IN (…)` is not).
 */
export type LeadWhere = Prisma.Sql | readonly Prisma.Sql[];

const whereParts = (where: LeadWhere) => (where instanceof Prisma.Sql ? [where] : where);

/** `columns` of every lead `where` matches, each part planned on its own. */
const selectMatches = (columns: Prisma.Sql, where: LeadWhere) =>
  Prisma.join(
    whereParts(where).map((part) => Prisma.sql`SELECT ${columns} FROM leads WHERE ${part}`),
    " UNION ALL ",
  );

export type RowsParams = Pick<LeadListParams, "sort" | "dir"> & {
  size: number;
  /** "ordered" by arrival through this facet's index: `where` renders it for the walk (arrival-walk.ts). */
  walk?: ArrivalFacet;
  /** Sorted by due time: the leads without a clock walked so, with the filter as that walk renders it. */
  unclocked?: { walk: ArrivalFacet; where: Prisma.Sql };
  /** The start of the filter's date window, if it has one (lead-filter-sql.ts, receivedSince). */
  receivedFrom?: Date;
};

/**
 * The ids of a page sorted by due time, in two walks: the leads with a clock,
 * then, only as far as they fall short of the page, those without one (last
 * either way), newest first. The clocks are walked from the start of the
 * view's date window, if it has one: a lead is never due before it arrived
 * (leaddesk_due_at starts at the arrival and adds a target of at least a
 * minute). One walk of the whole index in the sort's order passed every clock
 * due before the window, or going down, had no index to walk at all. The
 * leads without a clock are a walk in arrival order: of the due index, or of
 * the facet's own index for a view of one value (arrival-walk.ts).
 */
function dueTimeIds(filter: Prisma.Sql, params: RowsParams, offset: number): Prisma.Sql {
  const dir = Prisma.raw(sortDirection(params) === "asc" ? "ASC" : "DESC");
  const upTo = params.size + offset;
  const columns = Prisma.sql`leads.id, leads."dueAt", leads."receivedAt"`;
  const clocked = params.receivedFrom
    ? Prisma.sql`leads."dueAt" >= ${sqlTime(params.receivedFrom)}`
    : Prisma.sql`leads."dueAt" IS NOT NULL`;
  const { unclocked } = params;
  const unclockedOrder = Prisma.raw(
    unclocked
      ? `${arrivalFacetOrder(unclocked.walk, true)}, leads."receivedAt" DESC`
      : `leads."dueAt", leads."receivedAt" DESC`,
  );
  // Not leadOrderSql's order: its NULLS LAST is not the index's backward order, so going down
  // the planner would sort every clock; the leads without a clock take their index's own order.
  return Prisma.sql`WITH clocks AS MATERIALIZED (
      SELECT ${columns} FROM leads WHERE (${filter}) AND ${clocked}
      ORDER BY leads."dueAt" ${dir}, leads."receivedAt" DESC, leads.id DESC LIMIT ${upTo}
    ), no_clock AS MATERIALIZED (
      SELECT ${columns} FROM leads WHERE (${unclocked?.where ?? filter}) AND leads."dueAt" IS NULL
      ORDER BY ${unclockedOrder}, leads.id DESC
      LIMIT ${upTo}::int - (SELECT count(*)::int FROM clocks)
    )
    SELECT leads.id FROM (SELECT * FROM clocks UNION ALL SELECT * FROM no_clock) leads
    ORDER BY ${leadOrderSql(params)} LIMIT ${params.size} OFFSET ${offset}`;
}

/** The statement findLeadRows runs (exported for the plan tests). */
export function leadRowsSql(
  where: LeadWhere,
  params: RowsParams,
  offset: number,
  plan: RowPlan,
  readAtMost?: number,
): Prisma.Sql {
  const order = leadOrderSql(params);
  const select = Prisma.sql`${rowColumns}, leads.stage::text AS stage, leads.status::text AS status,
    u.id AS "ownerId", u.name AS "ownerName", u.email AS "ownerEmail"`;
  if (plan === "ordered") {
    const walked = params.walk
      ? Prisma.raw(`${arrivalFacetOrder(params.walk, sortDirection(params) === "desc")}, `)
      : Prisma.empty;
    const filter = Prisma.join(whereParts(where), ") OR (");
    // A walk of an index that carries the filter's columns finds the page's ids
    // only, then reads the rows whole by id: it tests the filter on the index's
    // entries, an index-only scan, instead of reading a table page for each lead
    // it passes. Any other walk reads those pages anyway, so it takes its rows
    // from them, without 50 lookups by id (each a page from disk when cold).
    if (!params.walk && coveringSortIndexes[params.sort]) {
      const ids =
        params.sort === "due"
          ? dueTimeIds(filter, params, offset)
          : Prisma.sql`SELECT leads.id FROM leads WHERE (${filter})
              ORDER BY ${order} LIMIT ${params.size} OFFSET ${offset}`;
      return Prisma.sql`
        SELECT ${select} FROM (${ids}) page JOIN leads ON leads.id = page.id LEFT JOIN users u ON u.id = leads."ownerId"
        ORDER BY ${order}`;
    }
    return Prisma.sql`
        SELECT ${select} FROM leads LEFT JOIN users u ON u.id = leads."ownerId"
        WHERE (${filter})
        ORDER BY ${walked}${order} LIMIT ${params.size} OFFSET ${offset}`;
  }
  // The matches carry only what the sorts read (a MATERIALIZED CTE keeps the
  // ORDER BY out of the plan that finds them), aliased "leads" so the ORDER BY
  // reads the same; their number is a window over all of them, counted before
  // the page's LIMIT; then the page's rows are read whole by id. readAtMost's
  // LIMIT stays outside the CTE: inside, it made the planner pick a scan that
  // expects to meet a match early, and a correlated filter that matches none
  // read the whole table; outside, the CTE is planned for all its
  // matches and still stops reading at the limit.
  return Prisma.sql`
        WITH matched AS MATERIALIZED (
          ${selectMatches(sortColumns, where)}
        ), capped AS (
          SELECT * FROM matched
          ${readAtMost === undefined ? Prisma.empty : Prisma.sql`LIMIT ${readAtMost + 1}`}
        ), page AS (
          SELECT leads.id, (count(*) OVER ())::int AS "matchCount"
          FROM capped AS leads ORDER BY ${order} LIMIT ${params.size} OFFSET ${offset}
        )
        SELECT ${select}, page."matchCount" FROM page JOIN leads ON leads.id = page.id
        LEFT JOIN users u ON u.id = leads."ownerId" ORDER BY ${order}`;
}

/**
 * With the "matches" plan, `readAtMost` stops reading after that many matches:
 * when `matches` comes back above it, the rows are not the page (only some
 * matches were sorted) and the caller walks the sort's index instead.
 */
export async function findLeadRows(
  where: LeadWhere,
  params: RowsParams,
  offset: number,
  plan: RowPlan = "ordered",
  readAtMost?: number,
): Promise<FoundRows> {
  const db = await getDb();
  const query = db.$queryRaw(leadRowsSql(where, params, offset, plan, readAtMost));
  const raw = await withLocalSettings(planSettings(plan), query);
  // zod drops the window count from each row; the first row's is the number of matches.
  const rows = parseRows(rawRow, raw);
  const counted = plan === "matches" && rows.length ? parseRows(z.object({ matchCount: z.number().int() }), raw) : [];
  return {
    rows: rows.map(({ ownerId, ownerName, ownerEmail, ...lead }) => ({
      ...lead,
      owner: ownerId === null ? null : { id: ownerId, name: ownerName ?? "", email: ownerEmail ?? "" },
    })),
    matches: counted[0]?.matchCount ?? null,
  };
}

/**
 * Counts at most `cap` + 1 matches: enough to say "10,000+". In SQL because
 * Prisma's capped count always orders its subquery (by id unless told
 * otherwise), which makes PostgreSQL walk an index in that order; unordered,
 * the planner picks the cheapest scan. The LIMIT stays outside the
 * MATERIALIZED CTE, which is read only as far as the limit: planned under the
 * LIMIT, a filter the planner wrongly expects to match often got a scan that
 * read every lead to find none (as for findLeadRows above).
 */
export async function countCapped(where: LeadWhere, cap: number): Promise<number> {
  const db = await getDb();
  const rows = await db.$queryRaw`
    WITH matched AS MATERIALIZED (${selectMatches(Prisma.sql`1`, where)})
    SELECT count(*)::int AS count FROM (SELECT 1 FROM matched LIMIT ${cap + 1}) capped`;
  return parseRow(z.object({ count: z.number() }), rows).count;
}
