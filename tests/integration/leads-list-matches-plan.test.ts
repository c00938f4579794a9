// A view that matches few leads reads them through bitmaps (the "matches" plan,
// lead-rows-sql.ts). Left to itself, the planner walked the received index past
// every lead of a date range, testing each one's status, rather than take the
// range from the status index: the table is in arrival order, so it costs the
// walk as cheap (at a million leads, range=30d&status=LOST: 56 against 11 ms).
// The leads here arrive every 12 minutes over 200 days, one in 16 lost, so the
// month is 15% of the table and its lost leads 1% of it, as in the bench.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { LARGE_WORK_MEM, type LocalSettings } from "@/lib/db/local-settings";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { leadRowsSql, planSettings } from "@/lib/leads/lead-rows-sql";
import { COUNT_CAP, listLeads } from "@/lib/leads/list-leads";
import { insertLeadsInBulk, LARGE_TABLE_LEADS, params, seedUser } from "@/tests/support/leads";
import { explainUnder } from "@/tests/support/plan-with-only";

const VIEW = "range=30d&status=LOST";

describe("a date range and a status that match few leads", () => {
  let me: SessionUser;
  const now = new Date();

  beforeAll(async () => {
    me = await seedUser();
    await insertLeadsInBulk(LARGE_TABLE_LEADS, 0, { minutesApart: 12, lostEvery: 16 });
  });

  const planUnder = async (settings: LocalSettings) => {
    const where = leadFilterSql(params(VIEW), me.id, { now });
    return explainUnder(settings, leadRowsSql(where, { ...params(VIEW), size: 50 }, 0, "matches", COUNT_CAP));
  };

  it("are read from the status index's bitmap, not by walking every lead of the month", async () => {
    // What the planner does unguided, which is why the plan guides it.
    expect(await planUnder(LARGE_WORK_MEM)).toMatch(/Index Scan using "leads_receivedAt_idx"/);
    const guided = await planUnder(planSettings("matches"));
    expect(guided).toMatch(/Bitmap Index Scan on "leads_status_receivedAt_idx"/);
    expect(guided).not.toMatch(/(?<!Bitmap )Index Scan using "leads_receivedAt_idx"/);
  });

  it("lists the month's lost leads, newest first, counted exactly", async () => {
    const db = await getDb();
    // The range starts at midnight UTC 29 days before today's.
    const since = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 29 * 86_400_000;
    const counted = await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM leads WHERE status = 'LOST'
        AND "receivedAt" >= to_timestamp(${since}::float8 / 1000) AT TIME ZONE 'UTC'`;
    const count = counted[0]!.count;
    // One in 16 of the month's ~3,500 leads.
    expect(count).toBeGreaterThan(200);
    const page = await listLeads(params(VIEW), me.id, now);
    expect(page).toMatchObject({ total: count, capped: false, estimated: false });
    expect(page.rows).toHaveLength(50);
    expect(page.rows.every((row) => row.status === "LOST")).toBe(true);
    const times = page.rows.map((row) => row.receivedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
