// A list view on a large table: whether it matches more leads than the count
// cap is estimated from a page sample before any count runs, and the page is
// then read by walking the sort's index. The thresholds are passed in, so
// tens of thousands of leads stand in for millions.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { withLocalSettings } from "@/lib/db/local-settings";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { planSettings } from "@/lib/leads/lead-rows-sql";
import { COUNT_CAP, listLeads } from "@/lib/leads/list-leads";
import { estimateMatches } from "@/lib/leads/table-sample";
import {
  countedExactly,
  insertLeadsInBulk,
  LARGE_TABLE_LEADS,
  params,
  sampleHalf,
  seedUser,
} from "@/tests/support/leads";

const LEADS = LARGE_TABLE_LEADS;
const RARE = 20;
const now = new Date();
const within30Percent = (estimate: number, exact: number) =>
  expect(Math.abs(estimate - exact), `${estimate} for ${exact}`).toBeLessThanOrEqual(exact * 0.3);

describe("a list view on a large table", () => {
  let me: SessionUser;

  beforeAll(async () => {
    me = await seedUser();
    await insertLeadsInBulk(LEADS, RARE);
  });

  it("estimates a view that matches more than the cap, marks it, and reads the page the count would", async () => {
    for (const query of ["", "sort=stage&dir=desc", "q=person&sort=name", "source=AppSource&sort=company"]) {
      // The table is below the default sampling's size: counted, then walked.
      const counted = await listLeads(params(query), me.id, now);
      const estimated = await listLeads(params(query), me.id, now, sampleHalf);
      expect(
        estimated.rows.map((r) => r.id),
        query,
      ).toEqual(counted.rows.map((r) => r.id));
      expect(estimated.rows.length).toBe(50);
      if (query.startsWith("source=")) {
        // 6,000 matches: under the cap, so the sample is not trusted to say "more" and they are counted.
        expect(estimated).toMatchObject({ total: LEADS / 4, estimated: false, capped: false });
      } else {
        expect(counted).toMatchObject({ total: COUNT_CAP, capped: true, estimated: false });
        expect(estimated.estimated, query).toBe(true);
        within30Percent(estimated.total, LEADS);
      }
    }
  });

  it("counts a view exactly when the sample sees few matches", async () => {
    expect(await listLeads(params("q=zanzibarite"), me.id, now, sampleHalf)).toMatchObject({
      total: RARE,
      estimated: false,
      capped: false,
    });
  });

  it("trusts the sample's estimate only when the matches are spread over many of its pages", async () => {
    const db = await getDb();
    const where = (query: string) => leadFilterSql(params(query), me.id, { now });
    // Spread: every twelfth lead.
    within30Percent((await estimateMatches(where("source=AppSource&stage=ACTIVE"), sampleHalf))!, LEADS / 12);
    // Together: 600 leads changed at once are written to the table's last pages,
    // so the sample holds either several hundred of them or none.
    await db.$executeRaw`
      UPDATE leads SET "doNotContact" = true WHERE id IN (SELECT id FROM leads ORDER BY ctid LIMIT 600)`;
    try {
      expect(await estimateMatches(where("dnc=1"), sampleHalf)).toBeUndefined();
      const page = await listLeads(params("dnc=1"), me.id, now, sampleHalf);
      expect(page).toMatchObject({ total: 600, estimated: false });
    } finally {
      await db.$executeRaw`UPDATE leads SET "doNotContact" = false`;
    }
  });

  it("walks the sort's index for a view known to match many, though the planner expects few", async () => {
    const db = await getDb();
    // A term in every lead, which the planner takes for a rare one and would find through bitmaps.
    const plan = async (settings: Record<string, string>) =>
      JSON.stringify(
        await withLocalSettings(
          settings,
          db.$queryRaw`EXPLAIN (FORMAT JSON) SELECT id FROM leads WHERE "searchText" LIKE '%person%'
            AND "searchText" LIKE '%rso%' AND source = 'AppSource' ORDER BY "receivedAt" DESC, id DESC LIMIT 50`,
        ),
      );
    const walked = await plan(planSettings("ordered"));
    expect(walked).toContain('"Index Name":"leads_receivedAt_idx"');
    expect(walked).not.toMatch(/Bitmap|Seq Scan/);
  });

  it("never estimates a table at most the size counted exactly", async () => {
    const where = leadFilterSql(params(""), me.id, { now });
    expect(await estimateMatches(where, await countedExactly())).toBeUndefined();
  });
});
