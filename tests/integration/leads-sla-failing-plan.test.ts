// "Response met", "response missed" and "failing deliveries" are answered by
// partial indexes of the few rows each asks for (migration
// sla_and_failing_delivery_indexes). Before them each view read every lead: at a
// million leads, none with a clock, 250-480 ms for each of its statements. Here
// 24,000 leads stand for those: five with a stopped clock, two with a failing
// delivery among a thousand sent. If the filter's SQL stopped naming the index's
// predicate (PostgreSQL does not prove it from NOT "responseMet", and expected
// every lead of an all-NULL column to match that), or the index went, the plans
// below would read the table again.
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
      await db.$queryRaw<{ id: string }[]>`SELECT id FROM leads ORDER BY "receivedAt" DESC, id DESC LIMIT 1005`
    ).map((r) => r.id);
    const stopped = { met: ids.slice(0, 3), missed: ids.slice(3, 5) };
    await db.lead.updateMany({ where: { id: { in: stopped.met } }, data: { responseMet: true } });
    await db.lead.updateMany({ where: { id: { in: stopped.missed } }, data: { responseMet: false } });
    const destination = await db.destination.create({ data: { kind: "HTTPS", name: "sla and failing plans" } });
    // A thousand sent, one dead, one pending after a failed attempt, one waiting for its first.
    const state = (i: number) => (i === 0 ? "DEAD" : i === 1 ? "PENDING" : i === 2 ? "PENDING" : "DELIVERED");
    await db.delivery.createMany({
      data: ids.slice(5).map((leadId, i) => ({
        leadId,
        destinationId: destination.id,
        state: state(i),
        attempts: i === 2 ? 0 : i < 2 ? 3 : 1,
      })),
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
    expect(matches).not.toMatch(/Seq Scan on deliveries/);
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
