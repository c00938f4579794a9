// A view sorted by arrival that the sample says matches thousands of leads
// reads only its newest (or oldest) matches, up to a sampled match's arrival,
// and shows the sample's estimate as its total (arrival-window.ts). Here a few
// tens of thousands of leads stand in for millions: the sample reads about half
// of them, and an estimate stands in above 500 leads. A window the sample says
// holds few leads has its filter tested on them rather than looked up.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { parseRow } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { arrivalWindowSql, sampleArrivals, windowHit } from "@/lib/leads/arrival-window";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { COUNT_CAP, listLeads } from "@/lib/leads/list-leads";
import { sortDirection } from "@/lib/leads/list-url";
import type { TableSampling } from "@/lib/leads/table-sample";
import { LARGE_TABLE_LEADS, insertLeadsInBulk, params, sampleHalf, seedUser } from "@/tests/support/leads";
import { indexConditions, planWithOnly } from "@/tests/support/plan-with-only";

/** The newest of them carry the search word. */
const RARE = 3_000;
const windowed: TableSampling = { ...sampleHalf, estimateAbove: 500, estimateSampled: 100 };
/** The same, with every window's filter tested on its leads. */
const tested: TableSampling = { ...windowed, testedWindowRows: LARGE_TABLE_LEADS };
/** The same sample, but its estimate never stands in below the cap: every match is read. */
const counted: TableSampling = { ...sampleHalf, estimateAbove: COUNT_CAP };

describe("a page sorted by arrival that matches thousands of leads", () => {
  let me: SessionUser;
  const now = new Date();
  const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

  beforeAll(async () => {
    me = await seedUser();
    await insertLeadsInBulk(LARGE_TABLE_LEADS, RARE, { minutesApart: 1 });
  });

  it("reads the same pages as sorting every match, and gives the sample's estimate as its total", async () => {
    const views = [
      "source=AppSource",
      "source=AppSource&dir=asc",
      "action=PLT&status=CONTACTED",
      "q=zanzibarite",
      "q=zanzibarite&dir=asc&stage=TRIAL",
      "offer=pub.two&range=7d",
    ];
    for (const view of views) {
      for (const page of [1, 2]) {
        const query = `${view}&page=${page}`;
        const exact = await listLeads(params(query), me.id, now, counted);
        const estimated = await listLeads(params(query), me.id, now, windowed);
        const onRows = await listLeads(params(query), me.id, now, tested);
        expect(ids(onRows), query).toEqual(ids(exact));
        expect(exact.estimated, query).toBe(false);
        expect(exact.total, query).toBeGreaterThan(500);
        expect(exact.total, query).toBeLessThanOrEqual(COUNT_CAP);
        expect(ids(estimated), query).toEqual(ids(exact));
        expect(ids(estimated), query).toHaveLength(50);
        expect(estimated.estimated, query).toBe(true);
        expect(estimated.capped, query).toBe(false);
        expect(Math.abs(estimated.total - exact.total), query).toBeLessThanOrEqual(exact.total * 0.3);
      }
    }
  });

  it("counts the sampled leads in the page's window, matching or not", async () => {
    const db = await getDb();
    for (const query of ["source=AppSource", "source=AppSource&page=2", "q=zanzibarite&dir=asc&stage=TRIAL"]) {
      const view = params(query);
      const sampled = await sampleArrivals(leadFilterSql(view, me.id, { now }), view, windowed);
      const hit = windowHit((view.page - 1) * view.size, view.size, sampled!.sample.scale);
      const bound = new Date(sampled!.arrivals[hit - 1]!);
      const side = Prisma.raw(sortDirection(view) === "desc" ? ">=" : "<=");
      const inWindow = parseRow(
        z.object({ n: z.number() }),
        await db.$queryRaw`SELECT count(*)::int AS n FROM lead_sample WHERE "receivedAt" ${side} ${bound}`,
      ).n;
      expect(sampled!.windowLeads, query).toBe(inWindow);
      // More than the matches in it: the window holds other leads too.
      expect(sampled!.windowLeads, query).toBeGreaterThan(hit);
    }
  });

  // Newest first, the window's days are keys of the search index's lookup: ANDing the receivedAt btree's
  // bitmap was the planner's choice, and it seldom made it, so every match of all time was read and tested.
  it("looks the newest matches up within the window's days, and tests the filter on a small window's leads", async () => {
    for (const [query, keyed] of [
      ["q=zanzibarite", true],
      ["action=PLT&status=CONTACTED", true],
      // Oldest first, the window runs from the table's first day.
      ["q=zanzibarite&dir=asc&stage=TRIAL", false],
    ] as const) {
      const view = params(query);
      const where = leadFilterSql(view, me.id, { now });
      const sampled = (await sampleArrivals(where, view, windowed))!;
      const within = arrivalWindowSql(where, view, 0, sampled, windowed)!;
      const { plan, rows } = await planWithOnly(
        ["leads_pkey", "leads_search_filters_idx"],
        Prisma.sql`SELECT leads.id FROM leads WHERE ${within}`,
      );
      const conditions = indexConditions(plan);
      expect(conditions, plan).toHaveLength(1);
      expect(conditions[0]!.includes(`(("receivedAt")::date >= '`), `${query}\n${plan}`).toBe(keyed);
      // Every match in the window, the page among them.
      const exact = await listLeads(params(query), me.id, now, counted);
      expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(ids(exact)));
      // A window of few leads is read and tested; one of more than keyedWindowRows is not worth its days.
      for (const sampling of [tested, { ...windowed, keyedWindowRows: sampled.windowLeads * sampled.sample.scale - 1 }])
        expect(arrivalWindowSql(where, view, 0, sampled, sampling)!.sql, query).not.toMatch(/::date/);
    }
  });

  it("counts exactly when the sample holds too few matches, or the page is deeper than the sample sees", async () => {
    const few: TableSampling = { ...windowed, estimateSampled: LARGE_TABLE_LEADS };
    const shallow = await listLeads(params("source=AppSource"), me.id, now, few);
    expect(shallow).toMatchObject({ total: LARGE_TABLE_LEADS / 4, estimated: false });
    // Page 40 ends 2,000 matches along: about 3,000 sampled matches would pass the bound, more than the sample keeps.
    const deep = await listLeads(params("source=AppSource&page=40"), me.id, now, windowed);
    expect(deep).toMatchObject({ total: LARGE_TABLE_LEADS / 4, estimated: false });
    const exact = await listLeads(params("source=AppSource&page=40"), me.id, now, counted);
    expect(ids(deep)).toEqual(ids(exact));
  });
});
