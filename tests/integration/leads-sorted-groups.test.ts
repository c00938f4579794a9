// A stage or status sort on a large table, read group by group
// (lib/leads/sorted-groups.ts): the page must be the one a single walk of the
// sort's index gives, in both directions, on pages that cross from one group
// to the next, and past a group's last match. The thresholds are passed in,
// so tens of thousands of leads stand in for millions.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { leadFilterSql, leadWindowSql } from "@/lib/leads/lead-filter-sql";
import { COUNT_CAP, listLeads } from "@/lib/leads/list-leads";
import type { LeadListParams } from "@/lib/leads/list-params";
import { findRowsGroupByGroup, sampleSortGroups } from "@/lib/leads/sorted-groups";
import { estimateMatches, leadSample, sampleGroupsSql, trustedEstimate } from "@/lib/leads/table-sample";
import type { Prisma } from "@/lib/generated/prisma/client";
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
/** Trial leads whose action is an initial interest: the few matches of the first group. */
const STRAYS = 7;
const now = new Date();

describe("a stage or status sort on a large table", () => {
  let me: SessionUser;

  beforeAll(async () => {
    me = await seedUser();
    // The stage follows the action: INS initial interest, PLT active, Create trial.
    await insertLeadsInBulk(LEADS);
    const db = await getDb();
    await db.$executeRaw`
      UPDATE leads SET action = 'INS' WHERE id IN (
        SELECT id FROM leads WHERE stage = 'TRIAL' ORDER BY id LIMIT ${STRAYS})`;
  });

  // 16,007 matches (more than the cap): 7 trial leads, then 8,000 in each of two stages.
  // Pages go up to 200; with 100 a page, 81 and 161 cross from one stage to the next.
  const views = [
    ["action=INS,PLT&sort=stage", [1, 2, 161]],
    ["action=INS,PLT&sort=stage&size=100", [80, 81, 161]],
    ["action=INS,PLT&sort=stage&dir=desc&size=100", [1, 80, 81, 161]],
    ["action=INS,PLT&sort=stage&dir=desc&size=25", [2, 200]],
    ["action=INS,PLT&sort=status&dir=desc", [1, 2, 200]],
  ] as const;

  /** The page read group by group from the sample of its groups; undefined where the sort reads none. */
  const groupByGroup = async (where: Prisma.Sql, view: LeadListParams, offset: number, sampling = sampleHalf) => {
    const sampled = await sampleSortGroups(where, view, sampling);
    return sampled && findRowsGroupByGroup(where, view, offset, COUNT_CAP, sampled);
  };

  it("reads the page a single walk of the sort's index reads", async () => {
    for (const [query, pages] of views) {
      for (const page of pages) {
        const view = params(`${query}&page=${page}`);
        // The default sampling counts a table this small exactly, so it takes the single walk.
        const walked = await listLeads(view, me.id, now);
        const grouped = await groupByGroup(leadFilterSql(view, me.id, { now }), view, (page - 1) * view.size);
        expect(grouped, `${query} page ${page}`).toBeDefined();
        expect(
          grouped!.map((r) => r.id),
          `${query} page ${page}`,
        ).toEqual(walked.rows.map((r) => r.id));
        // And the list takes that way too.
        const listed = await listLeads(view, me.id, now, sampleHalf);
        expect(listed.rows.map((r) => r.id)).toEqual(walked.rows.map((r) => r.id));
      }
    }
  });

  it("puts the few matches of a sparse group where the sort puts them", async () => {
    const first = await listLeads(params("action=INS,PLT&sort=stage"), me.id, now, sampleHalf);
    expect(first.rows.slice(0, STRAYS + 1).map((r) => r.stage)).toEqual([
      ...Array<string>(STRAYS).fill("TRIAL"),
      "INITIAL_INTEREST",
    ]);
    const last = await listLeads(
      params("action=INS,PLT&sort=stage&dir=desc&size=100&page=161"),
      me.id,
      now,
      sampleHalf,
    );
    expect(last.rows.map((r) => r.stage)).toEqual(Array<string>(STRAYS).fill("TRIAL"));
  });

  it("leaves other sorts, small tables, and views without a sparse group first to the single walk", async () => {
    const view = params("action=INS,PLT&sort=name");
    const where = leadFilterSql(view, me.id, { now });
    expect(await groupByGroup(where, view, 0)).toBeUndefined();
    const stages = params("action=INS,PLT&sort=stage");
    const exact = await countedExactly();
    expect(await groupByGroup(where, stages, 0, exact)).toBeUndefined();
    // Going up from a dense first group (NEW), the single walk is the same walk.
    const fromDense = params("action=INS,PLT&sort=status");
    expect(await groupByGroup(where, fromDense, 0)).toBeUndefined();
    // No group dense in matches: the sample cannot say where the walk meets them.
    const rare = params("q=nowhere-to-be-found&sort=stage");
    const rareWhere = leadFilterSql(rare, me.id, { now });
    expect(await groupByGroup(rareWhere, rare, 0)).toBeUndefined();
  });

  it("counts a group's leads within the view's date window, the leads its walk reads", async () => {
    const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
    const today = now.toISOString().slice(0, 10);
    const leadsOf = async (query: string) => {
      const view = params(query);
      const sampled = (await sampleSortGroups(leadFilterSql(view, me.id, { now }), view, sampleHalf, now))!;
      return Object.fromEntries([...sampled.groups].map(([value, group]) => [value, group.leads]));
    };
    const all = await leadsOf("action=INS,PLT&sort=stage");
    expect(Object.values(all).every((n) => n > 0)).toBe(true);
    // Every lead here arrived today: a window that ends yesterday holds none of any group, one from today all.
    expect(await leadsOf(`action=INS,PLT&sort=stage&to=${yesterday}`)).toEqual(
      Object.fromEntries(Object.keys(all).map((value) => [value, 0])),
    );
    expect(await leadsOf(`action=INS,PLT&sort=stage&from=${today}`)).toEqual(all);
  });

  it("sorts the sampled leads by group after testing them, without the text they were tested on", async () => {
    const view = params("q=smith&source=AppSource&range=30d&sort=status");
    const where = leadFilterSql(view, me.id, { now });
    const sample = (await leadSample(sampleHalf))!;
    const window = leadWindowSql(view, now)!;
    const plan = await explainUnder({}, sampleGroupsSql(where, "status", sample, window), { verbose: true });
    const lines = plan.split("\n");
    // Each Sort node's output columns are on the line after it.
    const sorted = lines.flatMap((line, i) => (/(^|->)\s*Sort\s+\(/.test(line) ? [lines[i + 1]!] : []));
    expect(sorted.length, plan).toBeGreaterThan(0);
    for (const output of sorted) {
      expect(output, plan).toMatch(/Output:/);
      expect(output, plan).not.toMatch(/searchText|receivedAt|source/);
    }
  });

  it("gives the view's estimate from the same sample read", async () => {
    for (const query of ["action=INS,PLT&sort=stage", "source=AppSource&sort=status&dir=desc"]) {
      const where = leadFilterSql(params(query), me.id, { now });
      const sampled = (await sampleSortGroups(where, params(query), sampleHalf))!;
      expect(trustedEstimate(sampled, sampled.sample), query).toBe(await estimateMatches(where, sampleHalf));
      expect(trustedEstimate(sampled, sampled.sample), query).toBeGreaterThan(0);
    }
  });
});
