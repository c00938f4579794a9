// The overview's numbers. Each comes with the lead-list filter that shows the
// same leads, so every number on the page links to its list.
import { getDb } from "@/lib/db";
import { leadFilterWhere, startOfUtcDay } from "./lead-filter-where";
import { parseLeadListParams, type LeadListParams } from "./list-params";
import { openStatuses } from "./statuses";

export const CHART_DAYS = 30;
const DAY_MS = 86_400_000;

export interface DayCount {
  day: string;
  key: string;
  count: number;
}

const filters = {
  newToday: { range: "today" },
  unassigned: { owner: "unassigned", status: openStatuses.join(",") },
  doNotContact: { dnc: "1" },
  failingDeliveries: { delivery: "failing" },
} satisfies Record<string, Record<string, string>>;

export type OverviewMetric = keyof typeof filters;

export async function overviewStats(userId: string, now = new Date()) {
  const db = await getDb();
  const since = new Date(startOfUtcDay(now).getTime() - (CHART_DAYS - 1) * DAY_MS);
  const perDay = (column: "stage" | "source") =>
    // Grouped in SQL: 30 days × a handful of keys, whatever the number of leads.
    db.$queryRawUnsafe<DayCount[]>(
      `SELECT to_char(date_trunc('day', "receivedAt"), 'YYYY-MM-DD') AS day, COALESCE("${column}"::text, '(none)') AS key, count(*)::int AS count
       FROM leads WHERE "receivedAt" >= $1 AND NOT "isTest" GROUP BY 1, 2 ORDER BY 1, 2`,
      since,
    );
  const metric = async (name: OverviewMetric) => {
    const params: LeadListParams = parseLeadListParams(filters[name]);
    return { params, count: await db.lead.count({ where: leadFilterWhere(params, userId, { now }) }) };
  };
  const [byStage, bySource, newToday, unassigned, doNotContact, failingLeads, failingDeliveries] = await Promise.all([
    perDay("stage"),
    perDay("source"),
    metric("newToday"),
    metric("unassigned"),
    metric("doNotContact"),
    metric("failingDeliveries"),
    db.delivery.count({ where: { OR: [{ state: "DEAD" }, { state: "PENDING", attempts: { gt: 0 } }] } }),
  ]);
  const days = Array.from({ length: CHART_DAYS }, (_, i) => new Date(since.getTime() + i * DAY_MS).toISOString().slice(0, 10));
  return { days, byStage, bySource, newToday, unassigned, doNotContact, failing: { ...failingLeads, deliveries: failingDeliveries } };
}
