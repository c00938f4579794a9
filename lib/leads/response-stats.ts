// Time to first response for the overview: median and 90th percentile per
// owner and per source over the last 7 and 30 days, and the share of judged
// leads answered within their target. A lead is judged once its clock has a
// verdict: answered (in time or late), or unanswered past its due time.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";

export const RESPONSE_WINDOWS = [7, 30] as const;
const DAY_MS = 86_400_000;

const figures = z.object({
  leads: z.number(),
  answered: z.number(),
  /** Seconds from receipt to the first response, over answered leads; null when none. */
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
  judged: z.number(),
  inTime: z.number(),
});
export type ResponseFigures = z.output<typeof figures>;
type Window = (typeof RESPONSE_WINDOWS)[number];

export interface ResponseGroup {
  dimension: "all" | "owner" | "source";
  /** The owner's name, the source as sent; in English for everyone and for leads without either. */
  key: string;
  /** The group of unassigned leads (owner) or of leads without a source: the page names it in its language. */
  none: boolean;
  windows: Record<Window, ResponseFigures>;
}

const responseRow = z.object({
  dimension: z.enum(["all", "owner", "source"]),
  key: z.string(),
  /** Two owners may share a name: groups are told apart by id. */
  groupId: z.string(),
  none: z.boolean(),
  w7: figures,
  w30: figures,
});

/** One window's figures, over the leads of the pass that arrived in it (`in_<days>`). */
function windowFigures(days: Window): Prisma.Sql {
  const inWindow = Prisma.raw(`in_${days}`);
  const answered = Prisma.sql`${inWindow} AND seconds IS NOT NULL`;
  return Prisma.sql`json_build_object(
      'leads', count(*) FILTER (WHERE ${inWindow}),
      'answered', count(*) FILTER (WHERE ${answered}),
      'medianSeconds', percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE ${answered}),
      'p90Seconds', percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE ${answered}),
      'judged', count(*) FILTER (WHERE ${inWindow} AND judged),
      'inTime', count(*) FILTER (WHERE ${inWindow} AND "responseMet")
    ) AS ${Prisma.raw(`w${days}`)}`;
}

export async function responseStats(now = new Date()): Promise<ResponseGroup[]> {
  const db = await getDb();
  const since = (days: Window) => sqlTime(new Date(now.getTime() - days * DAY_MS));
  const longest = Math.max(...RESPONSE_WINDOWS) as Window;
  // One pass over the longest window for both windows (each a FILTER), three
  // groupings at once: everyone, per owner, per source. Owners' names are
  // joined to the dozen groups afterwards, not to every lead before grouping.
  const raw = await db.$queryRaw`
    WITH grouped AS (
      SELECT GROUPING("ownerId") AS "byOwner", GROUPING(source) AS "bySource", "ownerId", source,
        ${Prisma.join(RESPONSE_WINDOWS.map(windowFigures), ", ")}
      FROM (
        SELECT "ownerId", source, "responseMet",
          ${Prisma.join(
            RESPONSE_WINDOWS.map((days) => Prisma.sql`"receivedAt" >= ${since(days)} AS ${Prisma.raw(`in_${days}`)}`),
            ", ",
          )},
          extract(epoch FROM "firstResponseAt" - "receivedAt")::float8 AS seconds,
          ("responseMet" IS NOT NULL OR ("firstResponseAt" IS NULL AND "dueAt" < ${sqlTime(now)})) AS judged
        FROM leads WHERE "receivedAt" >= ${since(longest)} AND NOT "isTest"
      ) l
      GROUP BY GROUPING SETS ((), ("ownerId"), (source))
    )
    SELECT CASE WHEN "byOwner" = 0 THEN 'owner' WHEN "bySource" = 0 THEN 'source' ELSE 'all' END AS dimension,
      CASE WHEN "byOwner" = 0 THEN coalesce(nullif(u.name, ''), u.email, 'Unassigned')
           WHEN "bySource" = 0 THEN coalesce(g.source, '(none)') ELSE 'All leads' END AS key,
      coalesce(g."ownerId"::text, g.source, '') AS "groupId",
      CASE WHEN "byOwner" = 0 THEN g."ownerId" IS NULL WHEN "bySource" = 0 THEN g.source IS NULL
        ELSE false END AS "none",
      ${Prisma.join(
        RESPONSE_WINDOWS.map((days) => Prisma.raw(`g.w${days}`)),
        ", ",
      )}
    FROM grouped g LEFT JOIN users u ON u.id = g."ownerId"`;
  const groups = parseRows(responseRow, raw).map((row): ResponseGroup => ({
    dimension: row.dimension,
    key: row.key,
    none: row.none,
    windows: { 7: row.w7, 30: row.w30 },
  }));
  const order = { all: 0, owner: 1, source: 2 };
  return groups.sort(
    (a, b) =>
      order[a.dimension] - order[b.dimension] ||
      b.windows[30].leads - a.windows[30].leads ||
      a.key.localeCompare(b.key),
  );
}
