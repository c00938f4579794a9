// A view sorted by arrival that matches many leads walks the index of its
// facet's one value, not the received index (arrival-walk.ts); so do the leads
// without a clock of a view sorted by due time, not the due index. The newest
// leads here are all NEW, as untriaged leads are: a walk of the received index
// for the contacted ones passes every one of them before its first match.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { findLeadRows, leadRowsSql, planSettings } from "@/lib/leads/lead-rows-sql";
import { COUNT_CAP, listLeads, sortWalkOf } from "@/lib/leads/list-leads";
import { insertLeadsInBulk, params, seedUser } from "@/tests/support/leads";
import { explainUnder } from "@/tests/support/plan-with-only";

const NEWEST_NEW = 12_000;
/** Older than those, every other lead is contacted: more than the cap, so the list walks. */
const LEADS = NEWEST_NEW + 2 * (COUNT_CAP + 1_000);
const VIEW = "status=CONTACTED";

describe("a page sorted by arrival with one value of a facet", () => {
  let me: SessionUser;
  const now = new Date();

  beforeAll(async () => {
    me = await seedUser();
    await insertLeadsInBulk(LEADS, 0, { minutesApart: 1, allNew: NEWEST_NEW });
    // A few of the oldest leads are mine, for the owner's walk.
    const db = await getDb();
    await db.$executeRaw`UPDATE leads SET "ownerId" = ${me.id}::uuid
      WHERE id IN (SELECT id FROM leads ORDER BY "receivedAt" LIMIT 120)`;
  });

  /** The page's statement as listLeads walks it, with its plan run. */
  const analyse = (where: ReturnType<typeof leadFilterSql>, walked: Parameters<typeof leadRowsSql>[1]) =>
    explainUnder(planSettings("ordered"), leadRowsSql(where, walked, 0, "ordered"), { analyze: true });
  const removedByFilter = (plan: string) =>
    [...plan.matchAll(/Rows Removed by Filter: (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);

  it("reads the status's own index, past none of the newer leads", async () => {
    const view = params(VIEW);
    const walk = sortWalkOf(view, me.id, now);
    expect(walk.params.walk).toBe("status");
    const plan = await analyse(walk.where, { ...walk.params, size: 50 });
    expect(plan).toMatch(/Index Scan using "leads_status_receivedAt_idx"/);
    expect(removedByFilter(plan)).toBeLessThan(50);
    // The filter as the other plans render it is what the planner walks the received index for.
    const plain = await analyse(leadFilterSql(view, me.id, { now }), { ...view, size: 50 });
    expect(plain).toMatch(/Index Scan using "leads_receivedAt_idx"/);
    expect(removedByFilter(plain)).toBeGreaterThanOrEqual(NEWEST_NEW);
  });

  it("reads the leads without a clock of a page sorted by due time from the status's index too", async () => {
    const view = params(`${VIEW}&sort=due`);
    const walk = sortWalkOf(view, me.id, now);
    expect(walk.params.unclocked?.walk).toBe("status");
    const plan = await analyse(walk.where, { ...walk.params, size: 50 });
    expect(plan).toMatch(/Index Scan using "leads_status_receivedAt_idx"/);
    expect(removedByFilter(plan)).toBeLessThan(50);
    // Through the due index, the walk passes every newer lead.
    const plain = await analyse(leadFilterSql(view, me.id, { now }), { ...view, size: 50 });
    expect(plain).toMatch(/Index Only Scan using "leads_dueAt_receivedAt_id_idx"/);
    expect(removedByFilter(plain)).toBeGreaterThanOrEqual(NEWEST_NEW);
  });

  it("reads the same pages as sorting every match", async () => {
    const views = [
      VIEW,
      `${VIEW}&dir=asc`,
      `${VIEW}&source=TestDrive&range=30d`,
      "source=AppSource",
      "offer=pub.two&stage=TRIAL",
      "owner=unassigned&status=NEW",
      "owner=me&dir=asc",
      // No lead here has a clock: a page sorted by due time is its leads without one, newest first.
      `${VIEW}&sort=due`,
      `${VIEW}&sort=due&dir=desc`,
      "owner=me&sort=due",
    ];
    for (const query of views) {
      const view = params(query);
      const walk = sortWalkOf(view, me.id, now);
      expect(walk.params.walk ?? walk.params.unclocked?.walk, query).toBeDefined();
      const where = leadFilterSql(view, me.id, { now });
      for (const offset of [0, 100]) {
        const size = 50;
        const walked = await findLeadRows(walk.where, { ...walk.params, size }, offset, "ordered");
        const sorted = await findLeadRows(where, { ...view, size }, offset, "matches");
        expect(sorted.rows.length, `${query} from ${offset}`).toBeGreaterThan(0);
        expect(
          walked.rows.map((r) => r.id),
          `${query} from ${offset}`,
        ).toEqual(sorted.rows.map((r) => r.id));
      }
    }
  });

  it("lists the contacted leads newest first, capped", async () => {
    const page = await listLeads(params(VIEW), me.id, now);
    expect(page).toMatchObject({ capped: true, total: COUNT_CAP });
    expect(page.rows).toHaveLength(50);
    expect(page.rows.every((row) => row.status === "CONTACTED")).toBe(true);
    const newest = await findLeadRows(leadFilterSql(params(VIEW), me.id, { now }), params(VIEW), 0, "matches");
    expect(page.rows.map((r) => r.id)).toEqual(newest.rows.map((r) => r.id));
  });
});
