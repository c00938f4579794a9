// A page sorted by name, company or due time walks that sort's index and tests the
// filter on each lead it passes. The three indexes carry every column the list's
// filter reads, the searched text included (migration sort_indexes_cover_filters),
// so the walk reads no table page for the leads it passes: an index-only scan
// (lib/leads/lead-rows-sql.ts, lib/leads/bounded-walk.ts). Each filter the list offers
// is in a view here, so a filter column left out of the indexes fails.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { coveringSortIndexes, findLeadRows, leadRowsSql, planSettings } from "@/lib/leads/lead-rows-sql";
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
  ];
  // Failing deliveries are looked up in their own table, by the lead's id (a key of the three indexes).
  const noMatches = ["status=NEW&delivery=failing&sla=due-soon&sort=name"];

  it("walks the sort's index without reading the table for the leads it passes", async () => {
    for (const query of [...views, ...noMatches]) {
      const view = { ...params(query), size: 50 };
      const where = leadFilterSql(view, me.id, { now });
      const sql = leadRowsSql(where, view, 0, "ordered");
      // The list walks only for views known to match many leads; these few it would sort.
      const settings = { ...planSettings("ordered", view), enable_sort: "off" };
      const plan = await explainUnder(settings, sql, { analyze: true });
      const index = coveringSortIndexes[view.sort];
      expect(index, query).toBeDefined();
      expect(plan, query).toMatch(new RegExp(`Index Only Scan (Backward )?using "?${index}"? `));
      expect(plan, query).toMatch(/Heap Fetches: 0\b/);
    }
  });

  it("finds the page that sorting every match finds", async () => {
    for (const query of views) {
      const view = { ...params(query), size: 50 };
      for (const offset of [0, 50]) {
        const where = leadFilterSql(view, me.id, { now });
        const walked = await findLeadRows(where, view, offset, "ordered");
        const sorted = await findLeadRows(where, view, offset, "matches");
        expect(
          walked.rows.map((r) => r.id),
          `${query} from ${offset}`,
        ).toEqual(sorted.rows.map((r) => r.id));
        expect(walked.rows.length, query).toBeGreaterThan(0);
      }
    }
  });
});
