// Time to first response for the overview: median and 90th percentile per
// owner and per source over the last 7 and 30 days, and the share of judged
// leads answered within their target. A lead is judged once its clock has a
// verdict: answered (in time or late), or unanswered past its due time.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";

export const RESPONSE_WINDOWS = [7, 30] as const;
const DAY_MS = 86_400_000;

export interface ResponseFigures {
  leads: number;
  answered: number;
  /** Seconds from receipt to the first response, over answered leads; null when none. */
  medianSeconds: number | null;
  p90Seconds: number | null;
  judged: number;
  inTime: number;
}

export interface ResponseGroup {
  dimension: "all" | "owner" | "source";
  /** The owner's name, the source as sent; in English for everyone and for leads without either. */
  key: string;
  /** The group of unassigned leads (owner) or of leads without a source: the page names it in its language. */
  none: boolean;
  windows: Record<(typeof RESPONSE_WINDOWS)[number], ResponseFigures>;
}

const responseRow = z.object({
  dimension: z.enum(["all", "owner", "source"]),
  key: z.string(),
  /** Two owners may share a name: groups are told apart by id. */
  groupId: z.string(),
  none: z.boolean(),
  leads: z.number(),
  answered: z.number(),
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
  judged: z.number(),
  inTime: z.number(),
});
type Row = z.output<typeof responseRow>;

const empty = (): ResponseFigures => ({
  leads: 0,
  answered: 0,
  medianSeconds: null,
  p90Seconds: null,
  judged: 0,
  inTime: 0,
});

async function window(days: number, now: Date): Promise<Row[]> {
  const db = await getDb();
  const since = new Date(now.getTime() - days * DAY_MS);
  // One pass, three groupings: everyone, per owner, per source.
  const rows = await db.$queryRaw`
    SELECT CASE WHEN GROUPING(l."ownerId") = 0 THEN 'owner' WHEN GROUPING(l.source) = 0 THEN 'source' ELSE 'all' END
        AS dimension,
      CASE WHEN GROUPING(l."ownerId") = 0
             THEN coalesce(max(u.name) FILTER (WHERE u.name <> ''), max(u.email), 'Unassigned')
           WHEN GROUPING(l.source) = 0 THEN coalesce(l.source, '(none)') ELSE 'All leads' END AS key,
      coalesce(l."ownerId"::text, l.source, '') AS "groupId",
      CASE WHEN GROUPING(l."ownerId") = 0 THEN l."ownerId" IS NULL WHEN GROUPING(l.source) = 0 THEN l.source IS NULL
        ELSE false END AS "none",
      count(*)::int AS leads,
      count(l."firstResponseAt")::int AS answered,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM l."firstResponseAt" - l."receivedAt"))
        FILTER (WHERE l."firstResponseAt" IS NOT NULL)::float8 AS "medianSeconds",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM l."firstResponseAt" - l."receivedAt"))
        FILTER (WHERE l."firstResponseAt" IS NOT NULL)::float8 AS "p90Seconds",
      count(*) FILTER (
        WHERE l."responseMet" IS NOT NULL OR (l."firstResponseAt" IS NULL AND l."dueAt" < ${sqlTime(now)})
      )::int AS judged,
      count(*) FILTER (WHERE l."responseMet")::int AS "inTime"
    FROM leads l LEFT JOIN users u ON u.id = l."ownerId"
    WHERE l."receivedAt" >= ${sqlTime(since)} AND NOT l."isTest"
    GROUP BY GROUPING SETS ((), (l."ownerId"), (l.source))`;
  return parseRows(responseRow, rows);
}

export async function responseStats(now = new Date()): Promise<ResponseGroup[]> {
  const [week, month] = await Promise.all(RESPONSE_WINDOWS.map((days) => window(days, now)));
  const groups = new Map<string, ResponseGroup>();
  const put = (days: 7 | 30, row: Row) => {
    const id = `${row.dimension} ${row.groupId}`;
    const group = groups.get(id) ?? {
      dimension: row.dimension,
      key: row.key,
      none: row.none,
      windows: { 7: empty(), 30: empty() },
    };
    const { leads, answered, medianSeconds, p90Seconds, judged, inTime } = row;
    group.windows[days] = { leads, answered, medianSeconds, p90Seconds, judged, inTime };
    groups.set(id, group);
  };
  month!.forEach((row) => put(30, row));
  week!.forEach((row) => put(7, row));
  const order = { all: 0, owner: 1, source: 2 };
  return [...groups.values()].sort(
    (a, b) =>
      order[a.dimension] - order[b.dimension] ||
      b.windows[30].leads - a.windows[30].leads ||
      a.key.localeCompare(b.key),
  );
}
