// Facet counts on a large table: a broad filter is estimated from a page
// sample (and says so), a narrow one is still counted exactly. The thresholds
// are passed in, so a few thousand leads stand in for millions.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { facetTotal, leadFacets, type FacetSampling, type LeadFacets } from "@/lib/leads/lead-facets";
import type { FilterKey } from "@/lib/leads/list-url";
import { params, seedUser } from "@/tests/support/leads";

const LEADS = 4000;
const RARE = 20;
const now = new Date();
const facetKeys: FilterKey[] = ["source", "action", "stage", "status", "offer", "owner"];
/** Sample about half the table, and keep the sample's counts above 100 leads taking part. */
const sampleHalf: FacetSampling = { exactTableRows: 0, sampleRows: LEADS / 2, exactLimit: 100 };

const options = (facets: LeadFacets) => facetKeys.flatMap((key) => facets[key].map((o) => ({ key, ...o })));

describe("facet counts on a large table", () => {
  let me: SessionUser;

  beforeAll(async () => {
    me = await seedUser();
    const db = await getDb();
    // Many leads at once, in plain SQL: the webhook would take minutes for this many.
    await db.$executeRaw`
      WITH numbered AS (SELECT n, gen_random_uuid() AS receipt FROM generate_series(1, ${LEADS}) AS n),
      receipts AS (
        INSERT INTO receipts (id, body, "bodySize", "bodyHash", outcome)
        SELECT receipt, '\\x7b7d'::bytea, 2, md5(n::text), 'CREATED' FROM numbered RETURNING id
      )
      INSERT INTO leads (id, "receiptId", source, action, "offerId", stage, status, "searchText", "updatedAt")
      SELECT gen_random_uuid(), receipt,
        (ARRAY['AzureMarketplace', 'AppSource', 'AzurePortal', 'TestDrive'])[1 + n % 4],
        (ARRAY['INS', 'PLT', 'Create'])[1 + n % 3],
        (ARRAY['pub.one', 'pub.two'])[1 + n % 2],
        (ARRAY['INITIAL_INTEREST', 'ACTIVE', 'TRIAL'])[1 + n % 3]::"FunnelStage",
        (ARRAY['NEW', 'CONTACTED'])[1 + n % 2]::"LeadStatus",
        CASE WHEN n <= ${RARE} THEN 'zanzibarite ' ELSE '' END || 'person ' || n,
        now()
      FROM numbered`;
    await db.$executeRaw`ANALYZE leads`;
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
});
