// A lead's stage follows from its action, so a view of actions and stages no
// lead has matches nothing. Taken as independent columns, the planner expected
// such a view to match a fifth of these leads, and at a million leads read
// every lead of one stage to find none (migration leads_facet_statistics).
// Here action and stage go together, as the marketplace sends them: the
// statistics' list of combinations must tell the planner so, both ways.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { listLeads } from "@/lib/leads/list-leads";
import { insertLeadsInBulk, LARGE_TABLE_LEADS, params, seedUser } from "@/tests/support/leads";
import { explainUnder } from "@/tests/support/plan-with-only";

/** The planner's estimate of the leads a view's filter matches. */
async function estimatedMatches(view: string, userId: string): Promise<number> {
  const plan = await explainUnder({}, Prisma.sql`SELECT 1 FROM leads WHERE ${leadFilterSql(params(view), userId)}`);
  const rows = /rows=(\d+)/.exec(plan.split("\n")[0]!)?.[1];
  if (rows === undefined) throw new Error(`No estimate in the plan:\n${plan}`);
  return Number(rows);
}

describe("the planner's statistics of correlated facets", () => {
  let me: SessionUser;

  beforeAll(async () => {
    me = await seedUser();
    // Lead n: action and stage both by n % 3 (INS with INITIAL_INTEREST, PLT with ACTIVE, Create with TRIAL).
    await insertLeadsInBulk(LARGE_TABLE_LEADS);
  });

  it("expects next to no lead where the actions and stages never go together", async () => {
    // Independent, 2/3 × 1/3 of the leads: 5,333.
    const view = "action=INS,PLT&stage=TRIAL";
    expect(await estimatedMatches(view, me.id)).toBeLessThan(LARGE_TABLE_LEADS / 100);
    const listed = await listLeads(params(view), me.id);
    expect(listed.total).toBe(0);
  });

  it("expects every lead of an action where its stage goes with it", async () => {
    // Independent, 1/3 × 1/3 of the leads: 2,667; there are 8,000.
    const view = "action=INS&stage=INITIAL_INTEREST";
    const estimate = await estimatedMatches(view, me.id);
    expect(estimate).toBeGreaterThan(LARGE_TABLE_LEADS / 3 - LARGE_TABLE_LEADS / 12);
    expect(estimate).toBeLessThan(LARGE_TABLE_LEADS / 3 + LARGE_TABLE_LEADS / 12);
    const listed = await listLeads(params(view), me.id);
    expect(listed.total).toBe(LARGE_TABLE_LEADS / 3);
  });
});
