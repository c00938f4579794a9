// "Response met", "response missed" and "failing deliveries" are answered by
// partial indexes of the few rows each asks for (migration
// sla_and_failing_delivery_indexes). Before them each view read every lead: at a
// million leads, none with a clock, 250-480 ms for each of its statements. Here
// 24,000 leads stand for those: five with a stopped clock, and two with a
// failing delivery beside 8,000 sent after an attempt and 8,000 queued with none
// yet, as an outbox holds them. If the filter's SQL stopped naming the index's
// predicate (PostgreSQL does not prove it from NOT "responseMet", and expected
// every lead of an all-NULL column to match that), if the index went, or if the
// planner took the deliveries' state and attempts as independent again (it then
// expected thousands failing and read every lead to join them: migration
// deliveries_state_attempts_statistics), the plans below would read the table.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { failingDeliverySql, leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { leadRowsSql, planSettings, type RowPlan } from "@/lib/leads/lead-rows-sql";
import { COUNT_CAP, listLeads } from "@/lib/leads/list-leads";
import { insertLeadsInBulk, LARGE_TABLE_LEADS, params, seedUser } from "@/tests/support/leads";
import { explainUnder } from "@/tests/support/plan-with-only";

describe("the response clock's outcome and failing deliveries as filters", () => {
  let me: SessionUser;
  const expected: Record<string, string[]> = {};

  beforeAll(async () => {
    me = await seedUser();
    await insertLeadsInBulk(LARGE_TABLE_LEADS);
    const db = await getDb();
    // The newest leads first, as the list orders them.
    const ids = (
      await db.$queryRaw<{ id: string }[]>`SELECT id FROM leads ORDER BY "receivedAt" DESC, id DESC LIMIT 16007`
    ).map((r) => r.id);
    const stopped = { met: ids.slice(0, 3), missed: ids.slice(3, 5) };
    await db.lead.updateMany({ where: { id: { in: stopped.met } }, data: { responseMet: true } });
    await db.lead.updateMany({ where: { id: { in: stopped.missed } }, data: { responseMet: false } });
    const destination = await db.destination.create({ data: { kind: "HTTPS", name: "sla and failing plans" } });
    // One dead, one pending after failed attempts; then 8,000 sent after an attempt, 8,000 queued with none.
    const delivery = (i: number) =>
      i === 0
        ? { state: "DEAD" as const, attempts: 3 }
        : i === 1
          ? { state: "PENDING" as const, attempts: 2 }
          : i % 2
            ? { state: "PENDING" as const, attempts: 0 }
            : { state: "DELIVERED" as const, attempts: 1 };
    await db.delivery.createMany({
      data: ids.slice(5).map((leadId, i) => ({ leadId, destinationId: destination.id, ...delivery(i) })),
    });
    await db.$executeRaw`ANALYZE leads`;
    await db.$executeRaw`ANALYZE deliveries`;
    Object.assign(expected, {
      "sla=met": stopped.met,
      "sla=missed": stopped.missed,
      "delivery=failing": ids.slice(5, 7),
    });
  });

  const planOf = (view: string, plan: RowPlan) =>
    explainUnder(
      planSettings(plan),
      leadRowsSql(leadFilterSql(params(view), me.id), { ...params(view), size: 50 }, 0, plan, COUNT_CAP),
    );

  it("reads the leads whose clock stopped from their own index, whichever way the page is found", async () => {
    for (const view of ["sla=met", "sla=missed"]) {
      const matches = await planOf(view, "matches");
      expect(matches, view).toMatch(/Bitmap Index Scan on "leads_responseMet_receivedAt_idx"/);
      expect(matches, view).not.toMatch(/Seq Scan on leads/);
      // Known to match many (in a deployment whose rules set targets), newest first is a walk of that index.
      expect(await planOf(view, "ordered"), view).toMatch(/Index Scan using "leads_responseMet_receivedAt_idx"/);
    }
  });

  it("reads failing deliveries from their own index, for the filter and for the overview's count", async () => {
    const matches = await planOf("delivery=failing", "matches");
    expect(matches).toMatch(/Index (Only )?Scan (using|on) "deliveries_failing_leadId_idx"/);
    expect(matches).not.toMatch(/Seq Scan on (deliveries|leads)/);
    const count = await explainUnder(
      {},
      Prisma.sql`SELECT count(*)::int AS count FROM deliveries d WHERE ${failingDeliverySql("d")}`,
    );
    expect(count).toMatch(/Scan (using|on) "deliveries_failing_leadId_idx"/);
    expect(count).not.toMatch(/Seq Scan on deliveries/);
  });

  it("lists exactly those leads, newest first", async () => {
    for (const [view, ids] of Object.entries(expected)) {
      const page = await listLeads(params(view), me.id);
      expect(
        page.rows.map((row) => row.id),
        view,
      ).toEqual(ids);
      expect(page.total, view).toBe(ids.length);
    }
  });
});
