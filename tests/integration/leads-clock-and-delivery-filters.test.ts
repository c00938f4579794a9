// The response clock's filters and "failing deliveries" are answered by partial
// indexes of the few rows each asks for. Here 24,000 leads stand for millions:
// - "response met" and "missed" (migration sla_and_failing_delivery_indexes):
//   before, every lead was read, 250-480 ms a statement at a million leads none
//   of which had a clock; PostgreSQL neither proves the index's predicate from
//   NOT "responseMet" nor, on an all-NULL column, expects few leads to match it;
// - "overdue" and "due soon" (migration open_clocks_index): three clocks still
//   running among 8,000 answered ones, whose due times the filters' ranges
//   passed, reading the table;
// - "failing deliveries": two beside 8,000 sent after an attempt and 8,000
//   queued with none, as an outbox holds them. Taking the state and the
//   attempts as independent, the planner expected thousands failing and read
//   every lead to join them (migration deliveries_state_attempts_statistics).
// If a filter's SQL stopped implying its index's predicate, or an index or the
// statistics went, the plans below would read the table.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { leadRowsSql, planSettings, type RowPlan } from "@/lib/leads/lead-rows-sql";
import { COUNT_CAP, listLeads } from "@/lib/leads/list-leads";
import { failingDeliveriesCountSql } from "@/lib/leads/overview-stats";
import { insertLeadsInBulk, LARGE_TABLE_LEADS, params, seedUser } from "@/tests/support/leads";
import { explainUnder } from "@/tests/support/plan-with-only";

const HOUR_MS = 3_600_000;

describe("the response clock and failing deliveries as filters", () => {
  let me: SessionUser;
  const expected: Record<string, { page: string[]; total: number }> = {};

  beforeAll(async () => {
    me = await seedUser();
    await insertLeadsInBulk(LARGE_TABLE_LEADS);
    const db = await getDb();
    // Every lead, the newest first, as the list orders them (they all arrived at once: by id).
    const ids = (await db.$queryRaw<{ id: string }[]>`SELECT id FROM leads ORDER BY "receivedAt" DESC, id DESC`).map(
      (r) => r.id,
    );
    const now = Date.now();
    const set = (from: number, to: number, data: Prisma.LeadUpdateManyMutationInput) =>
      db.lead.updateMany({ where: { id: { in: ids.slice(from, to) } }, data });
    // Answered in time, due two days ago: before every clock still running.
    const answered = { dueAt: new Date(now - 48 * HOUR_MS), firstResponseAt: new Date(now - 49 * HOUR_MS) };
    await set(0, 3, { ...answered, responseMet: true });
    await set(3, 5, {
      dueAt: new Date(now - 2 * HOUR_MS),
      firstResponseAt: new Date(now - HOUR_MS),
      responseMet: false,
    });
    await set(16_007, 16_009, { dueAt: new Date(now - HOUR_MS), dueSoonAt: new Date(now - 2 * HOUR_MS) });
    await set(16_009, 16_010, { dueAt: new Date(now + HOUR_MS), dueSoonAt: new Date(now - 60_000) });
    await set(16_010, LARGE_TABLE_LEADS, { ...answered, responseMet: true });
    const destination = await db.destination.create({ data: { kind: "HTTPS", name: "clock and delivery plans" } });
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
      data: ids.slice(5, 16_007).map((leadId, i) => ({ leadId, destinationId: destination.id, ...delivery(i) })),
    });
    await db.$executeRaw`ANALYZE leads`;
    await db.$executeRaw`ANALYZE deliveries`;
    const met = [...ids.slice(0, 3), ...ids.slice(16_010)];
    Object.assign(expected, {
      "sla=met": { page: met.slice(0, 50), total: met.length },
      "sla=missed": { page: ids.slice(3, 5), total: 2 },
      "sla=overdue&sort=due": { page: ids.slice(16_007, 16_009), total: 2 },
      "sla=due-soon": { page: ids.slice(16_009, 16_010), total: 1 },
      "delivery=failing": { page: ids.slice(5, 7), total: 2 },
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
    }
    // Walked newest first, the few missed ones are that index's; the met ones, a third of all leads, are
    // met every few leads along the arrival index.
    expect(await planOf("sla=missed", "ordered")).toMatch(/Index Scan using "leads_responseMet_receivedAt_idx"/);
  });

  // Sorted by due time (the digest's link), the planner walks this index or the due index, whichever it
  // expects to meet the page sooner: where many leads have no clock and nobody answered them (as here), it
  // takes "not answered" as common and walks the due index (docs/performance.md, twenty-ninth round).
  it("reads the clocks still running from their own index", async () => {
    for (const view of ["sla=overdue", "sla=due-soon"]) {
      const matches = await planOf(view, "matches");
      expect(matches, view).toMatch(/Bitmap Index Scan on "?leads_open_clocks_idx"?/);
      expect(matches, view).not.toMatch(/Seq Scan on leads/);
    }
  });

  it("reads failing deliveries from their own index, for the filter and for the overview's count", async () => {
    const matches = await planOf("delivery=failing", "matches");
    expect(matches).toMatch(/Index (Only )?Scan (using|on) "deliveries_failing_leadId_idx"/);
    expect(matches).not.toMatch(/Seq Scan on (deliveries|leads)/);
    const count = await explainUnder({}, failingDeliveriesCountSql);
    expect(count).toMatch(/Scan (using|on) "deliveries_failing_leadId_idx"/);
    expect(count).not.toMatch(/Seq Scan on deliveries/);
  });

  it("lists exactly those leads, in the view's order, and counts them", async () => {
    for (const [view, { page, total }] of Object.entries(expected)) {
      const listed = await listLeads(params(view), me.id);
      expect(
        listed.rows.map((row) => row.id),
        view,
      ).toEqual(page);
      expect(listed.total, view).toBe(total);
    }
  });
});
