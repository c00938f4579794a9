// Facet counts on a large table: a broad filter is estimated from a page
// sample (and says so), a narrow one is still counted exactly. The thresholds
// are passed in, so a few thousand leads stand in for millions.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { facetTotal, leadFacets, type LeadFacets } from "@/lib/leads/lead-facets";
import type { TableSampling } from "@/lib/leads/table-sample";
import type { FilterKey } from "@/lib/leads/list-url";
import { insertLeadsInBulk, params, sampleHalf as largeTableSampling, seedUser } from "@/tests/support/leads";

const LEADS = 4000;
const RARE = 20;
const now = new Date();
const facetKeys: FilterKey[] = ["source", "action", "stage", "status", "offer", "owner"];
/** Sample about half this table, and keep the sample's counts above 100 leads taking part; taken afresh each time. */
const sampleHalf: TableSampling = { ...largeTableSampling, sampleRows: LEADS / 2, exactLimit: 100, estimateAbove: 100 };

const options = (facets: LeadFacets) => facetKeys.flatMap((key) => facets[key].map((o) => ({ key, ...o })));
/** Every option in one order: options with equal counts may come in either order. */
const sorted = (facets: LeadFacets) =>
  options(facets).sort((a, b) => `${a.key} ${a.value}`.localeCompare(`${b.key} ${b.value}`));

describe("facet counts on a large table", () => {
  let me: SessionUser;

  beforeAll(async () => {
    me = await seedUser();
    await insertLeadsInBulk(LEADS, RARE);
  });

  it("counts exactly while the table is small, whatever the filter", async () => {
    const facets = await leadFacets(params("source=AppSource"), me.id, now);
    expect(options(facets).some((o) => o.estimated)).toBe(false);
    expect(facetTotal(facets, params("source=AppSource"))).toEqual({ total: LEADS / 4, estimated: false });
  });

  it("estimates a broad filter from a sample, marks every count, and stays close to the exact counts", async () => {
    const filter = params("source=AppSource");
    const exact = await leadFacets(filter, me.id, now);
    const sampled = await leadFacets(filter, me.id, now, sampleHalf);
    const sampledOptions = options(sampled);
    expect(sampledOptions.length).toBeGreaterThan(0);
    expect(sampledOptions.every((o) => o.estimated)).toBe(true);
    for (const o of options(exact).filter((o) => o.count >= LEADS / 10)) {
      const estimate = sampled[o.key].find((s) => s.value === o.value)?.count ?? 0;
      expect(Math.abs(estimate - o.count), `${o.key}=${o.value}: ${estimate} for ${o.count}`).toBeLessThanOrEqual(
        o.count * 0.3,
      );
    }
    const total = facetTotal(sampled, filter);
    expect(total.estimated).toBe(true);
    expect(Math.abs(total.total - LEADS / 4)).toBeLessThanOrEqual((LEADS / 4) * 0.3);
  });

  it("counts a narrow filter exactly even on a large table: the sample shows few leads take part", async () => {
    const filter = params("q=zanzibarite");
    const facets = await leadFacets(filter, me.id, now, sampleHalf);
    expect(options(facets).some((o) => o.estimated)).toBe(false);
    expect(facetTotal(facets, filter)).toEqual({ total: RARE, estimated: false });
    expect(facets.source.reduce((sum, o) => sum + o.count, 0)).toBe(RARE);
  });

  it("below the cap, estimates a filter the sample holds enough of, and counts one it holds too few of", async () => {
    // One facet chosen: every lead takes part (it fails at most that one), about 2,000 in the half sampled.
    const filter = params("source=AppSource");
    const belowCap = (estimateSampled: number, estimateAbove = 100): TableSampling => ({
      ...sampleHalf,
      exactLimit: 2 * LEADS,
      estimateAbove,
      estimateSampled,
    });
    const marked = async (sampling: TableSampling) =>
      options(await leadFacets(filter, me.id, now, sampling)).map((o) => Boolean(o.estimated));
    expect(new Set(await marked(belowCap(100)))).toEqual(new Set([true]));
    // Too few in the sample to be close, or too few taking part to be worth it: exact.
    expect(new Set(await marked(belowCap(LEADS)))).toEqual(new Set([false]));
    expect(new Set(await marked(belowCap(100, 2 * LEADS)))).toEqual(new Set([false]));
    expect(facetTotal(await leadFacets(filter, me.id, now, belowCap(LEADS)), filter)).toEqual({
      total: LEADS / 4,
      estimated: false,
    });
  });

  it("counts several chosen facets exactly with one statement per facet, as the whole pass counts them", async () => {
    // Every filter is counted exactly, each chosen facet on its own statement.
    const split: TableSampling = { ...sampleHalf, exactLimit: LEADS, estimateAbove: LEADS, splitBelow: LEADS };
    // Stage and action go together in these leads (both n % 3), as offer and status do (n % 2):
    // some chosen pairs match no lead, the others a third or a half of the table.
    const queries = [
      "action=INS&source=AppSource&stage=ACTIVE",
      "action=PLT&offer=pub.one&source=TestDrive&status=CONTACTED",
      "action=Create&owner=unassigned&stage=TRIAL",
      "offer=pub.two&q=zanzibarite&source=AppSource&status=NEW",
    ];
    const countedKeys = new Set<FilterKey>();
    for (const query of queries) {
      const filter = params(query);
      const whole = await leadFacets(filter, me.id, now);
      for (const o of options(whole)) if (o.count > 0) countedKeys.add(o.key);
      expect(sorted(await leadFacets(filter, me.id, now, split)), query).toEqual(sorted(whole));
    }
    // Not a comparison of empty menus: every facet had leads to count in some of them.
    expect([...countedKeys].sort()).toEqual([...facetKeys].sort());
  });
});
