// A page sorted by name, company or due time walks that sort's index and tests the
// filter on each lead it passes. The three indexes carry every column the list's
// filter reads, the searched text included (migration sort_indexes_cover_filters),
// so the walk reads no table page for the leads it passes: an index-only scan
// (lib/leads/lead-rows-sql.ts, lib/leads/bounded-walk.ts). Each filter the list offers
// is in a view here, so a filter column left out of the indexes fails. A page sorted by
// due time within a date window walks from the window's start.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { coveringSortIndexes, findLeadRows, leadRowsSql, planSettings } from "@/lib/leads/lead-rows-sql";
import { sortWalkOf } from "@/lib/leads/list-leads";
import { insertLeadsInBulk, params, seedUser } from "@/tests/support/leads";
import { explainUnder } from "@/tests/support/plan-with-only";

const LEADS = 4_000;
const now = new Date();

describe("a page sorted by name, company or due time with filters", () => {
  let me: SessionUser;

  beforeAll(async () => {
    me = await seedUser();
    await insertLeadsInBulk(LEADS, 0, { minutesApart: 30 });
    const db = await getDb();
    // Names, companies, owners, do-not-contact flags and response clocks, so each view below has matches.
    await db.$executeRaw`UPDATE leads SET "lastName" = md5(id::text), "firstName" = 'Ana',
      company = md5("receiptId"::text), "ownerId" = CASE WHEN random() < 0.5 THEN ${me.id}::uuid END,
      "doNotContact" = random() < 0.3, "dueAt" = "receivedAt" + interval '2 hours',
      "dueSoonAt" = "receivedAt" + interval '1 hour'`;
    // A lead in five without a response clock (no rule with a target matched it).
    await db.$executeRaw`UPDATE leads SET "dueAt" = NULL, "dueSoonAt" = NULL WHERE random() < 0.2`;
    await db.$executeRaw`UPDATE leads SET "firstResponseAt" = "receivedAt" + interval '1 hour',
      "responseMet" = random() < 0.5 WHERE random() < 0.6`;
    // An index-only scan skips the table only for pages the visibility map marks all-visible.
    await db.$executeRawUnsafe("VACUUM (ANALYZE) leads");
  });

  // Every filter of the list, in views that each match some leads (the source follows the row's number
  // modulo 4, the action and stage modulo 3, the offer and status modulo 2: support/leads.ts).
  const views = [
    "source=AppSource&action=INS&stage=INITIAL_INTEREST&status=CONTACTED&offer=pub.two&owner=me&sort=name",
    "source=AzurePortal,TestDrive&owner=unassigned&range=30d&sort=company&dir=desc",
    "status=CONTACTED&collapse=1&dnc=1&test=1&sort=name&dir=desc",
    "stage=ACTIVE&sla=overdue&from=2020-01-01&sort=company",
    "offer=pub.one&sla=met&owner=me&range=30d&sort=name",
    "action=PLT&sla=missed&to=2099-12-31&sort=company",
    // A searched word looked up, and one too short for the search index (tested as strpos).
    "q=person&status=NEW&sort=company",
    "q=person+7&sort=name&dir=desc",
    "source=AppSource&owner=me&q=person&sort=due",
    // Due time within a date window, from its start (the leads span 83 days), both ways; today's
    // clocks are fewer than a page, which leads without one fill.
    "range=30d&sort=due",
    "range=7d&owner=me&sort=due&dir=desc",
    "from=2020-01-01&status=CONTACTED&sort=due",
    "range=today&sort=due",
    "source=AzurePortal&sort=due&dir=desc",
  ];
  /** The view's statement as the list walks it: with its date window's start (sortWalkOf). */
  const walkSql = (query: string, offset = 0) => {
    const walk = sortWalkOf({ ...params(query), size: 50 as const }, me.id, now);
    return { view: walk.params, sql: leadRowsSql(walk.where, walk.params, offset, "ordered") };
  };
  // Failing deliveries are looked up in their own table, by the lead's id (a key of the three indexes).
  const noMatches = ["status=NEW&delivery=failing&sla=due-soon&sort=name"];

  it("walks the sort's index without reading the table for the leads it passes", async () => {
    for (const query of [...views, ...noMatches]) {
      const { view, sql } = walkSql(query);
      // The list walks only for views known to match many leads; these few it would sort.
      const settings = { ...planSettings("ordered"), enable_sort: "off" };
      const plan = await explainUnder(settings, sql, { analyze: true });
      const index = coveringSortIndexes[view.sort];
      expect(index, query).toBeDefined();
      expect(plan, query).toMatch(new RegExp(`Index Only Scan (Backward )?using "?${index}"? `));
      expect(plan, query).toMatch(/Heap Fetches: 0\b/);
    }
  });

  it("finds the page that sorting every match finds", async () => {
    for (const query of views) {
      const view = { ...params(query), size: 50 as const };
      for (const offset of [0, 50]) {
        const where = leadFilterSql(view, me.id, { now });
        const walk = sortWalkOf(view, me.id, now, where);
        const walked = await findLeadRows(walk.where, walk.params, offset, "ordered");
        const sorted = await findLeadRows(where, view, offset, "matches");
        expect(
          walked.rows.map((r) => r.id),
          `${query} from ${offset}`,
        ).toEqual(sorted.rows.map((r) => r.id));
        if (offset === 0) expect(walked.rows.length, query).toBeGreaterThan(0);
      }
    }
  });

  it("walks a page sorted by due time from its date window's start, and leads without a clock only as needed", async () => {
    // One walk of the index in the sort's order passed every clock due before the window, and going
    // down there was none: the planner read and sorted every match.
    const planOf = (query: string) => explainUnder(planSettings("ordered"), walkSql(query).sql, { analyze: true });
    const walk = (backward: string, cond: string, run = "") =>
      new RegExp(
        `Index Only Scan ${backward}using "?leads_dueAt_receivedAt_id_idx"?[^\\n]*${run}\\n\\s+Index Cond: ${cond}`,
      );
    const month = await planOf("range=30d&sort=due");
    expect(month).toMatch(walk("", `\\(+"dueAt" >= '`));
    // The clocks filled the page: the leads without one were not read.
    expect(month).toMatch(walk("", `\\(+"dueAt" IS NULL\\)`, "never executed\\)"));
    expect(await planOf("range=7d&owner=me&sort=due&dir=desc")).toMatch(walk("Backward ", `\\(+"dueAt" >= '`));
    const down = await planOf("sort=due&dir=desc");
    expect(down).toMatch(walk("Backward ", `\\("dueAt" IS NOT NULL\\)`));
    expect(down).not.toMatch(/Seq Scan/);
    // Today's few clocks leave the rest of the page to leads without one, walked within the window.
    expect(await planOf("range=today&sort=due")).toMatch(walk("", `\\(\\("dueAt" IS NULL\\) AND \\("receivedAt" >= '`));
  });
});
