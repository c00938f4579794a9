import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { leadFilterSql, startOfUtcDay } from "@/lib/leads/lead-filter-sql";
import { params, seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";
import { indexConditions, planWithOnly } from "@/tests/support/plan-with-only";

// Any combination of the facet filters, with or without a text term, is
// answered by one GIN index over their columns and the search text (migration
// search_and_facet_index, btree_gin and pg_trgm), on PostgreSQL and PGlite.
// If the filter's SQL stopped matching the index (a cast on a column, a new
// column left out of it), combinations would read the table again.
describe("facet filters through one GIN index", () => {
  const offer = uniqueOffer();
  let userId: string;

  beforeAll(async () => {
    userId = (await seedUser()).id;
    const mine = [
      await seedLead({ offer, last: "Match", source: "AppSource", action: "PLT" }),
      await seedLead({ offer, last: "OtherAction", source: "AppSource", action: "INS" }),
    ];
    await seedLead({ offer, last: "OtherSource", source: "AzurePortal", action: "PLT" });
    await seedLead({ offer, last: "Quasar", source: "AppSource", action: "PLT" });
    await (await getDb()).lead.updateMany({ where: { id: { in: mine } }, data: { ownerId: userId } });
  });

  /** A view's plan with only `kept` of leads' indexes and table reads off, and the last names it finds. */
  const planOf = async (view: string, kept: string) => {
    const where = leadFilterSql(params(view), userId);
    const { plan, rows } = await planWithOnly(
      ["leads_pkey", kept],
      Prisma.sql`SELECT "lastName" FROM leads WHERE ${where} AND "offerId" = ${offer} ORDER BY "lastName"`,
    );
    return { plan, conditions: indexConditions(plan), names: rows.map((r) => r.lastName) };
  };

  it("the extension and the index exist, over every facet column", async () => {
    const db = await getDb();
    const ext = await db.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension WHERE extname = 'btree_gin'`;
    expect(ext).toHaveLength(1);
    const idx = await db.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE indexname = 'leads_search_filters_idx'`;
    expect(idx[0]?.indexdef).toMatch(
      /source( text_ops)?, action( text_ops)?, stage( enum_ops)?, status( enum_ops)?, "offerId"( text_ops)?, COALESCE\("ownerId", '0{8}-0{4}-0{4}-0{4}-0{12}'::uuid\)( uuid_ops)?, \(\("receivedAt"\)::date\)( date_ops)?\)/,
    );
  });

  it("answers a combination from the index when the planner may not read the table, with the same rows", async () => {
    // No offer in the views (the offer's own btree index could serve it): the offer in the query tells
    // other tests' leads apart.
    for (const [view, expected] of [
      ["action=PLT", ["Match", "OtherSource", "Quasar"]],
      ["action=PLT&source=AppSource&status=NEW&owner=me", ["Match"]],
      ["action=PLT,INS&source=AppSource", ["Match", "OtherAction", "Quasar"]],
      ["action=PLT&owner=unassigned", ["OtherSource", "Quasar"]],
    ] as const) {
      // With table reads off and every other index of leads gone, the plan must come from the GIN index.
      const { plan, names } = await planOf(view, "leads_search_filters_idx");
      // (action leads no btree index, so the first view is answered by this index or not at all)
      expect(plan, view).toMatch(/Bitmap Index Scan on leads_search_filters_idx .*\n\s+Index Cond: /);
      expect(names, view).toEqual(expected);
    }
  });

  // A term with facets is one scan of the index, where the term's short lists of leads skip through
  // the facet values' long ones; two indexes built a bitmap of every lead with each value first
  // (95-117 ms at a million leads for a busy offer and stage: docs/performance.md).
  it("answers a text term and facets together in one scan of the index", async () => {
    const { plan, conditions, names } = await planOf(
      "q=quasar&source=AppSource&action=PLT",
      "leads_search_filters_idx",
    );
    expect(conditions, plan).toHaveLength(1);
    expect(conditions[0], plan).toMatch(/searchText.*source.*action|searchText.*action.*source/);
    expect(names).toEqual(["Quasar"]);
  });

  // Migration owner_in_search_index: "Unassigned" (no owner) is a key of the index, as each owner is.
  // As ownerId IS NULL beside a term it was tested on the rows, or answered by a btree bitmap of every
  // unassigned lead (319,248 at a million leads) ANDed with the term's.
  it("keeps the owner, unassigned too, in the same scan as a term and facets", async () => {
    for (const [view, expected] of [
      ["q=quasar&source=AppSource&owner=unassigned", ["Quasar"]],
      ["q=match&source=AppSource&owner=me", ["Match"]],
      ["q=match&owner=unassigned", []],
    ] as const) {
      const { plan, conditions, names } = await planOf(view, "leads_search_filters_idx");
      expect(conditions, plan).toHaveLength(1);
      expect(conditions[0], plan).toMatch(/searchText.*COALESCE\("ownerId"/);
      expect(names, view).toEqual(expected);
    }
  });

  // Beside another facet value the index looks up, the owner is a key of the same scan: as IS NULL,
  // the planner ANDed a btree bitmap of every unassigned lead (2.4 million at ten million leads, 204 ms).
  it("keeps the owner in the same scan as the other facet values it is chosen with", async () => {
    for (const [view, expected] of [
      ["action=PLT&owner=unassigned&status=NEW", ["OtherSource", "Quasar"]],
      ["source=AppSource&owner=unassigned", ["Quasar"]],
      ["action=PLT&source=AppSource&owner=me&status=NEW", ["Match"]],
    ] as const) {
      const { plan, conditions, names } = await planOf(view, "leads_search_filters_idx");
      expect(conditions, plan).toHaveLength(1);
      expect(conditions[0], plan).toMatch(/(source|action) = .*COALESCE\("ownerId"/);
      expect(names, view).toEqual(expected);
    }
    // Within a date window it stays on its column, for the owner and receivedAt btree.
    for (const view of ["action=PLT&owner=unassigned&range=30d", "source=AppSource&owner=me&from=2026-01-01"]) {
      const sql = leadFilterSql(params(view), userId);
      expect(sql.sql, view).toMatch(/leads\."ownerId" (IS NULL|= )/);
      expect(sql.sql, view).not.toMatch(/COALESCE/);
    }
  });

  // With no other facet than a status and no word the search index looks up, the owner stays a
  // condition on its column, so the owner and status btree answers both: inside GIN, unassigned and a
  // status (two long lists) took 106 ms at ten million leads for a combination no lead has, the btree
  // under a millisecond.
  it("keeps the owner on its column beside a status alone, for the owner and status btree", async () => {
    for (const [view, expected] of [
      ["owner=unassigned&status=NEW", ["OtherSource", "Quasar"]],
      ["owner=me&status=NEW", ["Match", "OtherAction"]],
      ["q=ar&owner=unassigned&status=NEW", ["Quasar"]],
    ] as const) {
      const { plan, conditions, names } = await planOf(view, "leads_ownerId_status_isTest_idx");
      expect(conditions, plan).toHaveLength(1);
      expect(conditions[0], plan).toMatch(/"ownerId" (IS NULL|= ).*status = /);
      expect(names, view).toEqual(expected);
    }
  });

  // Within a week, the window's leads sit together in the table and are fewer than a common facet
  // value's leads of all time: the facets are tested on them (at ten million leads, today's 18,647
  // leads read and tested in 17 ms, against 367 ms ANDing AppSource's 841,353 from the index). Within a
  // day, so is a word: its scan costs its rarest trigram's list (85-230 ms from disk at ten million
  // leads beside a facet), today's leads tested 14-19 ms; a week's took as long as the scan or longer.
  // Beyond, the index looks them up as before.
  it("tests the facets on the leads of a week or less, the words on a day's, and looks them up beyond", async () => {
    const where = (view: string) => leadFilterSql(params(view), userId);
    const query = (view: string) =>
      Prisma.sql`SELECT "lastName" FROM leads WHERE ${where(view)} AND "offerId" = ${offer} ORDER BY "lastName"`;
    for (const [view, expected] of [
      ["range=today&source=AppSource&action=PLT", ["Match", "Quasar"]],
      ["range=7d&source=AppSource&action=PLT", ["Match", "Quasar"]],
      ["q=quasar&range=today&source=AppSource&action=PLT", ["Quasar"]],
      ["q=quasar&range=today&owner=unassigned", ["Quasar"]],
    ] as const) {
      // The search index, the one place facet values and words are looked up, looks up only the test's offer.
      const { plan, rows } = await planWithOnly(["leads_pkey", "leads_search_filters_idx"], query(view));
      expect(indexConditions(plan).join("\n"), plan).not.toMatch(/source|action|searchText|ownerId/);
      expect(
        rows.map((r) => r.lastName),
        view,
      ).toEqual(expected);
    }
    const { plan, rows } = await planWithOnly(
      ["leads_pkey", "leads_search_filters_idx"],
      query("range=30d&source=AppSource&action=PLT"),
    );
    expect(indexConditions(plan), plan).toEqual([expect.stringMatching(/source = .*action = |action = .*source = /)]);
    expect(rows.map((r) => r.lastName)).toEqual(["Match", "Quasar"]);
    // A week or a month beside a term: the facets are keys of the term's scan.
    for (const view of [
      "q=quasar&range=7d&source=AppSource&action=PLT",
      "q=quasar&range=30d&source=AppSource&action=PLT",
    ]) {
      const withTerm = await planWithOnly(["leads_pkey", "leads_search_filters_idx"], query(view));
      expect(indexConditions(withTerm.plan), withTerm.plan).toEqual([
        expect.stringMatching(/searchText.*(source = .*action = |action = .*source = )/),
      ]);
      expect(withTerm.rows.map((r) => r.lastName)).toEqual(["Quasar"]);
    }
  });

  // Migration received_day_in_search_index: beside a word the index looks up, a window that starts at
  // most a month ago is the index's day key too, so only the window's matches are read from the table
  // (a common word in the last 30 days at ten million leads read 20,002 pages for 1,665 matches). The
  // day only widens: a lead a millisecond before the window's first day stays out, one at its start in.
  it("keeps a word's lookup within a recent window's days, in the same scan", async () => {
    const day = 86_400_000;
    const start = new Date(startOfUtcDay(new Date()).getTime() - 29 * day);
    const word = `daykey${offer.slice(-8)}`;
    for (const [last, at] of [
      ["AtStart", start],
      ["JustBefore", new Date(start.getTime() - 1)],
      ["Recent", new Date(start.getTime() + 20 * day)],
      ["Older", new Date(start.getTime() - 15 * day)],
    ] as const)
      await seedLead({ offer, last, company: word, receivedAt: at });
    const query = (view: string) =>
      Prisma.sql`SELECT "lastName" FROM leads WHERE ${leadFilterSql(params(view), userId)} AND "offerId" = ${offer}
        ORDER BY "lastName"`;
    const from = (d: Date) => d.toISOString().slice(0, 10);
    for (const [view, keyed, expected] of [
      [`q=${word}&range=30d`, true, ["AtStart", "Recent"]],
      [`q=${word}&from=${from(start)}`, true, ["AtStart", "Recent"]],
      [`q=${word}&range=7d`, true, []],
      // Starting more than a month ago, the window's days would cost the scan more than they save.
      [
        `q=${word}&from=${from(new Date(start.getTime() - 15 * day))}`,
        false,
        ["AtStart", "JustBefore", "Older", "Recent"],
      ],
      [`q=${word}`, false, ["AtStart", "JustBefore", "Older", "Recent"]],
    ] as const) {
      const { plan, rows } = await planWithOnly(["leads_pkey", "leads_search_filters_idx"], query(view));
      const conditions = indexConditions(plan);
      expect(conditions, plan).toHaveLength(1);
      expect(conditions[0], plan).toMatch(/searchText/);
      expect(/\("receivedAt"\)::date >=/.test(conditions[0]!), `${view}\n${plan}`).toBe(keyed);
      expect(
        rows.map((r) => r.lastName),
        view,
      ).toEqual(expected);
    }
    // Within a day the word is tested on the day's leads (above), so the day is no key of any scan.
    expect(leadFilterSql(params(`q=${word}&range=today`), userId).sql).not.toMatch(/::date/);
  });
});
