// A text search sorted by name or company on a large table
// (lib/leads/bounded-walk.ts): when the sample says the matches are common,
// the sort's index is walked only as far as a sampled key, and a full page
// from that walk must be the page every match sorted gives; matches that sit
// together further along are left to that read. The thresholds are passed in,
// so tens of thousands of leads stand in for millions.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import {
  ALONG_THE_INDEX,
  findRowsByBoundedWalk,
  sampleSortKeys,
  sortKeyRunSql,
  type SortKeySample,
} from "@/lib/leads/bounded-walk";
import type { Prisma } from "@/lib/generated/prisma/client";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { findLeadRows } from "@/lib/leads/lead-rows-sql";
import { COUNT_CAP, listLeads } from "@/lib/leads/list-leads";
import { leadSample, type TableSampling } from "@/lib/leads/table-sample";
import {
  countedExactly,
  insertLeadsInBulk,
  LARGE_TABLE_LEADS,
  params,
  sampleHalf,
  seedUser,
} from "@/tests/support/leads";
import { explainUnder } from "@/tests/support/plan-with-only";

const LEADS = LARGE_TABLE_LEADS;
const now = new Date();

describe("a text search sorted by name or company on a large table", () => {
  let me: SessionUser;

  beforeAll(async () => {
    me = await seedUser();
    await insertLeadsInBulk(LEADS);
    await nameTheLeads();
    const db = await getDb();
    await db.$executeRaw`UPDATE leads SET "searchText" = "searchText" || ' zulu' WHERE company = 'Zulu Co'`;
    await db.$executeRaw`ANALYZE leads`;
  });

  /**
   * Four companies and four last names, each lead's by a hash of its id; only
   * the last company's leads carry the word "zulu".
   */
  const nameTheLeads = async () => {
    const db = await getDb();
    await db.$executeRaw`
      UPDATE leads SET
        company = (ARRAY['Alpha Co', 'Bravo Co', 'Charlie Co', 'Zulu Co'])[1 + abs(hashtext(id::text)) % 4],
        "lastName" = (ARRAY['Ames', 'Baker', 'Chen', 'Young'])[1 + abs(hashtext(id::text || 'n')) % 4],
        "firstName" = (ARRAY['Ana', 'Rui'])[1 + abs(hashtext(id::text || 'f')) % 2]`;
  };

  /** The page as every match sorted gives it. */
  const everyMatchSorted = async (query: string) => {
    const view = params(query);
    const where = leadFilterSql(view, me.id, { now });
    return (await findLeadRows(where, view, (view.page - 1) * view.size, "matches")).rows.map((r) => r.id);
  };
  /** The page a walk with `sampled` reads, which must be the full page every match sorted gives. */
  const walkedAsEverySorted = async (query: string, where: Prisma.Sql, sampled: SortKeySample) => {
    const view = params(query);
    const walked = await findRowsByBoundedWalk(where, view, (view.page - 1) * view.size, sampled);
    const expected = await everyMatchSorted(query);
    expect(expected).toHaveLength(view.size);
    expect(
      walked?.map((r) => r.id),
      query,
    ).toEqual(expected);
    return { walked: walked!, expected };
  };
  const boundedWalk = async (query: string, sampling = sampleHalf) => {
    const view = params(query);
    const where = leadFilterSql(view, me.id, { now });
    const sampled = await sampleSortKeys(where, view, sampling);
    return sampled && findRowsByBoundedWalk(where, view, (view.page - 1) * view.size, sampled);
  };

  it("reads the page from a walk bounded by a sampled key when the matches are common", async () => {
    for (const query of [
      "q=person&sort=company",
      "q=person&sort=name",
      "q=person&sort=name&page=3",
      "q=person&sort=company&source=AppSource&size=25&page=2",
    ]) {
      const walked = await boundedWalk(query);
      expect(walked, query).toBeDefined();
      const expected = await everyMatchSorted(query);
      expect(expected).toHaveLength(params(query).size);
      expect(
        walked!.map((r) => r.id),
        query,
      ).toEqual(expected);
      // And the list takes that way too.
      const listed = await listLeads(params(query), me.id, now, sampleHalf);
      expect(
        listed.rows.map((r) => r.id),
        query,
      ).toEqual(expected);
    }
  });

  it("starts the walk at the group of the sample's first match when the matches sit together further along", async () => {
    // Zulu Co is a quarter of the leads, all of them after the other companies.
    const sampled = await sampleSortKeys(
      leadFilterSql(params("q=zulu&sort=company"), me.id, { now }),
      params("q=zulu&sort=company"),
      sampleHalf,
    );
    expect(sampled?.start).toBe("Zulu Co");
    const expected = await everyMatchSorted("q=zulu&sort=company");
    expect(expected).toHaveLength(50);
    expect((await boundedWalk("q=zulu&sort=company"))?.map((r) => r.id)).toEqual(expected);
    const listed = await listLeads(params("q=zulu&sort=company"), me.id, now, sampleHalf);
    expect(listed.rows.map((r) => r.id)).toEqual(expected);
    expect(new Set(listed.rows.map((r) => r.company))).toEqual(new Set(["Zulu Co"]));
  });

  it("puts the matches before the start that the sample did not see first, from the search index", async () => {
    const db = await getDb();
    for (const query of ["q=yankee&sort=company", "q=yankee&sort=company&page=2", "q=yankee&sort=name&size=25"]) {
      const view = params(query);
      const where = leadFilterSql(view, me.id, { now });
      await db.$executeRaw`UPDATE leads SET "searchText" = "searchText" || ' yankee' WHERE company = 'Charlie Co'`;
      const sampled = await sampleSortKeys(where, view, sampleHalf);
      // Leads the sample has not seen: three Alpha Co ones, which sort before every Charlie Co one.
      await db.$executeRaw`
        UPDATE leads SET "searchText" = "searchText" || ' yankee', "lastName" = 'Aaron'
        WHERE id IN (SELECT id FROM leads WHERE company = 'Alpha Co' ORDER BY id LIMIT 3)`;
      try {
        expect(sampled?.start, query).toBe(view.sort === "company" ? "Charlie Co" : "Ames");
        const walked = await findRowsByBoundedWalk(where, view, (view.page - 1) * view.size, sampled!);
        const expected = await everyMatchSorted(query);
        expect(
          walked?.map((r) => r.id),
          query,
        ).toEqual(expected);
        if (view.page === 1)
          expect(
            walked!.slice(0, 3).map((r) => r.company),
            query,
          ).toEqual(Array(3).fill("Alpha Co"));
      } finally {
        await db.$executeRaw`UPDATE leads SET "searchText" = replace("searchText", ' yankee', '')`;
      }
    }
  });

  it("walks from a first name inside a last name too large to walk from its start", async () => {
    const db = await getDb();
    // Two last names, half the leads each; first names Ana (60%), Olivia (4%), Zed. Olivia's leads carry
    // "olivia": inside "Ames", ~3,600 sampled leads come before the first one. The second page's walk from
    // there would pass more than ten leads a sampled match (~480); from "Ames, Olivia" it stays in "Ames".
    await db.$executeRaw`
      UPDATE leads SET "lastName" = CASE WHEN abs(hashtext(id::text || 'n')) % 2 = 0 THEN 'Ames' ELSE 'Baker' END,
        "firstName" = CASE WHEN abs(hashtext(id::text || 'f')) % 100 < 60 THEN 'Ana'
          WHEN abs(hashtext(id::text || 'f')) % 100 < 64 THEN 'Olivia' ELSE 'Zed' END`;
    await db.$executeRaw`UPDATE leads SET "searchText" = "searchText" || ' olivia' WHERE "firstName" = 'Olivia'`;
    try {
      for (const query of ["q=olivia&sort=name&size=25", "q=olivia&sort=name&size=25&page=2"]) {
        const view = params(query);
        const where = leadFilterSql(view, me.id, { now });
        const sampled = await sampleSortKeys(where, view, sampleHalf);
        expect(sampled?.start, query).toBe("Ames");
        // Leads the sample has not seen, all matching: one of "Ames" named Ana, before the walk's start;
        // one of "Ames" without a first name, after every named one; one of "Baker" without one.
        await db.$executeRaw`
          UPDATE leads SET "searchText" = "searchText" || ' olivia', "lastName" = v.last, "firstName" = v.first
          FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM leads
            WHERE id NOT IN (SELECT id FROM lead_sample) AND "firstName" = 'Zed' LIMIT 3) unseen
          JOIN (VALUES (1, 'Ames', 'Ana'), (2, 'Ames', NULL), (3, 'Baker', NULL)) AS v(n, last, first) USING (n)
          WHERE leads.id = unseen.id`;
        const { walked, expected } = await walkedAsEverySorted(query, where, sampled!);
        if (view.page === 1) expect(walked.slice(0, 2).map((r) => r.firstName)).toEqual(["Ana", "Olivia"]);
        const listed = await listLeads(view, me.id, now, sampleHalf);
        expect(
          listed.rows.map((r) => r.id),
          query,
        ).toEqual(expected);
        await db.$executeRaw`
          UPDATE leads SET "searchText" = replace("searchText", ' olivia', ''), "firstName" = 'Zed'
          WHERE "searchText" LIKE '% olivia' AND ("firstName" IS DISTINCT FROM 'Olivia')`;
      }
    } finally {
      await db.$executeRaw`UPDATE leads SET "searchText" = replace("searchText", ' olivia', '')`;
      await nameTheLeads();
    }
  });

  it("walks from the first match's company and id inside a company too large to walk from its start", async () => {
    const db = await getDb();
    // One lead in 33 carries "kilo": those with the highest ids, so inside each company they come last; "Alpha
    // Co" takes Bravo's leads too, half of all. A walk may pass ten leads a sampled match (~360). From the start
    // of "Alpha Co" it would pass ~5,800 sampled leads before the first one; from that match's own key, two
    // pages of 25 are met within ~1,300.
    await db.$executeRaw`UPDATE leads SET company = 'Alpha Co' WHERE company = 'Bravo Co'`;
    await db.$executeRaw`UPDATE leads SET "searchText" = "searchText" || ' kilo' WHERE id::text >= 'f851e'`;
    try {
      const queries = ["q=kilo&sort=company&size=25", "q=kilo&sort=company&size=25&page=2"];
      // Both pages read one sample: taken again, it may hold the leads changed below.
      const where = leadFilterSql(params(queries[0]!), me.id, { now });
      const sampled = await sampleSortKeys(where, params(queries[0]!), sampleHalf);
      expect(sampled?.start).toBe("Alpha Co");
      // Two matches the sample has not seen, with the lowest ids of "Alpha Co": before the walk's start.
      await db.$executeRaw`
        UPDATE leads SET "searchText" = "searchText" || ' kilo' WHERE id IN (
          SELECT id FROM leads WHERE company = 'Alpha Co' AND id NOT IN (SELECT id FROM lead_sample)
          ORDER BY id LIMIT 2)`;
      for (const query of queries) {
        const { walked } = await walkedAsEverySorted(query, where, sampled!);
        if (params(query).page === 1) expect(walked.slice(0, 2).every((r) => r.id < "f851e")).toBe(true);
      }
      for (const query of queries) {
        const listed = await listLeads(params(query), me.id, now, sampleHalf);
        expect(
          listed.rows.map((r) => r.id),
          query,
        ).toEqual(await everyMatchSorted(query));
      }
    } finally {
      await db.$executeRaw`UPDATE leads SET "searchText" = replace("searchText", ' kilo', '')`;
      await nameTheLeads();
    }
  });

  it("reads the sampled keys from the start along the sample's index, and only for a view that may walk", async () => {
    for (const [query, index] of [
      ["q=person&sort=name", "lead_sample_lastName_firstName_id_idx"],
      ["q=person&sort=company", "lead_sample_company_id_idx"],
    ] as const) {
      const view = params(query);
      const where = leadFilterSql(view, me.id, { now });
      const sampled = await sampleSortKeys(where, view, sampleHalf);
      // The count alone: the keys are read by the walk.
      expect(Object.keys(sampled!).sort(), query).toEqual(["hits", "leads", "pages", "sample", "start"]);
      const sample = (await leadSample(sampleHalf))!;
      const sort = view.sort === "name" ? "name" : "company";
      // Every sampled lead is past the start here; sorting them all is the plan the planner would rather take.
      const plan = await explainUnder(ALONG_THE_INDEX, sortKeyRunSql(where, sort, sample, [sampled!.start!]));
      expect(plan, query).toMatch(new RegExp(`Index Scan using "?${index}"? on lead_sample`));
      expect(plan, query).not.toMatch(/\bSort\b/);
    }
  });

  it("reads the page from the walk for a view below the cap whose estimate stands in, and gives that estimate", async () => {
    // Zulu Co is a quarter of the leads, below the count cap.
    const estimating: TableSampling = { ...sampleHalf, estimateAbove: 500, estimateSampled: 100 };
    const counting: TableSampling = { ...sampleHalf, estimateAbove: COUNT_CAP };
    for (const query of ["q=zulu&sort=company", "q=zulu&sort=name&page=2"]) {
      const exact = await listLeads(params(query), me.id, now, counting);
      expect(exact.estimated, query).toBe(false);
      expect(exact.total, query).toBeGreaterThan(500);
      expect(exact.total, query).toBeLessThan(COUNT_CAP);
      const estimated = await listLeads(params(query), me.id, now, estimating);
      expect(estimated.estimated, query).toBe(true);
      expect(estimated.capped, query).toBe(false);
      expect(Math.abs(estimated.total - exact.total), query).toBeLessThanOrEqual(exact.total * 0.3);
      expect(estimated.rows.map((r) => r.id)).toHaveLength(50);
      expect(
        estimated.rows.map((r) => r.id),
        query,
      ).toEqual(exact.rows.map((r) => r.id));
    }
  });

  it("does not bound a walk going down, another sort, a view without text, or a table counted exactly", async () => {
    expect(await boundedWalk("q=person&sort=company&dir=desc")).toBeUndefined();
    expect(await boundedWalk("q=person&sort=stage")).toBeUndefined();
    expect(await boundedWalk("source=AppSource&sort=name")).toBeUndefined();
    expect(await boundedWalk("q=person&sort=name", await countedExactly())).toBeUndefined();
  });
});
