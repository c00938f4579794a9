// The overview's numbers. Each comes with the lead-list filter that shows the
// same leads, so every number on the page links to its list.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRow, parseRows } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";
import { failingDeliverySql, startOfUtcDay } from "./lead-filter-sql";
import { countLeads } from "./list-leads";
import { parseLeadListParams, type LeadListParams } from "./list-params";
import { openStatuses } from "./statuses";

export const CHART_DAYS = 30;
/** The source chart's key for leads that arrived without a source (the page names it in its language). */
export const NO_SOURCE = "(none)";
const DAY_MS = 86_400_000;

export interface DayCount {
  day: string;
  key: string;
  count: number;
}

// No tile is anyone's own ("me" or a named owner): the numbers are the same for every
// viewer, so the page shares one count of them (overview-cache.ts).
const filters = {
  newToday: { range: "today" },
  unassigned: { owner: "unassigned", status: openStatuses.join(",") },
  doNotContact: { dnc: "1" },
  failingDeliveries: { delivery: "failing" },
} satisfies Record<string, Record<string, string> & { owner?: "unassigned" }>;

/** Whom "me" would mean in a filter: no one, since no tile says "me". */
const noViewer = "";

export type OverviewMetric = keyof typeof filters;

const chartRow = z.object({ day: z.string(), stage: z.string(), source: z.string().nullable(), count: z.number() });

/** The overview's count of failing deliveries; a plan test holds it to its partial index. */
export const failingDeliveriesCountSql = Prisma.sql`
  SELECT count(*)::int AS count FROM deliveries d WHERE ${failingDeliverySql("d")}`;

export async function overviewStats(now = new Date()) {
  const db = await getDb();
  const since = new Date(startOfUtcDay(now).getTime() - (CHART_DAYS - 1) * DAY_MS);
  // One pass over the chart's 30 days, grouped by day, stage and source at
  // once (a few hundred groups, hashed), then summed per chart here: two
  // separate GROUP BYs read the days twice and sorted them each time.
  const countFailingDeliveries = async () =>
    parseRow(z.object({ count: z.number() }), await db.$queryRaw(failingDeliveriesCountSql)).count;
  const chartRows = async () =>
    parseRows(
      chartRow,
      await db.$queryRaw`
        SELECT to_char(day, 'YYYY-MM-DD') AS day, stage, source, count FROM (
          SELECT date_trunc('day', "receivedAt") AS day, stage::text AS stage, source, count(*)::int AS count
          FROM leads WHERE "receivedAt" >= ${sqlTime(since)} AND NOT "isTest" GROUP BY 1, 2, 3
        ) grouped`,
    );
  const metric = async (name: OverviewMetric) => {
    const params: LeadListParams = parseLeadListParams(filters[name]);
    return { params, count: await countLeads(params, noViewer, now) };
  };
  const [chart, newToday, unassigned, doNotContact, failingLeads, failingDeliveries] = await Promise.all([
    chartRows(),
    metric("newToday"),
    metric("unassigned"),
    metric("doNotContact"),
    metric("failingDeliveries"),
    countFailingDeliveries(),
  ]);
  const byStage = perDay(chart, (row) => row.stage);
  const bySource = perDay(chart, (row) => row.source ?? NO_SOURCE);
  const days = Array.from({ length: CHART_DAYS }, (_, i) =>
    new Date(since.getTime() + i * DAY_MS).toISOString().slice(0, 10),
  );
  return {
    days,
    byStage,
    bySource,
    newToday,
    unassigned,
    doNotContact,
    failing: { ...failingLeads, deliveries: failingDeliveries },
  };
}

/** Sums the chart rows per day and key, ordered by day then key. */
function perDay<Row extends { day: string; count: number }>(rows: Row[], keyOf: (row: Row) => string): DayCount[] {
  const sums = new Map<string, DayCount>();
  for (const row of rows) {
    const key = keyOf(row);
    const id = `${row.day} ${key}`;
    const known = sums.get(id);
    if (known) known.count += row.count;
    else sums.set(id, { day: row.day, key, count: row.count });
  }
  return [...sums.values()].sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key));
}
