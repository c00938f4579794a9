import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { params, seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";
import { planWithOnly } from "@/tests/support/plan-with-only";

// Any combination of the facet filters is answered by one GIN index over their
// columns (migration facet_filter_index, btree_gin), on PostgreSQL and PGlite.
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
    await (await getDb()).lead.updateMany({ where: { id: { in: mine } }, data: { ownerId: userId } });
  });

  it("the extension and the index exist, over every facet column", async () => {
    const db = await getDb();
    const ext = await db.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension WHERE extname = 'btree_gin'`;
    expect(ext).toHaveLength(1);
    const idx = await db.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE indexname = 'leads_facet_filters_idx'`;
    expect(idx[0]?.indexdef).toMatch(
      /USING gin \(source, action, stage, status, "offerId", "ownerId"\)|USING gin \(source text_ops, action text_ops/,
    );
  });

  it("answers a combination from the index when the planner may not read the table, with the same rows", async () => {
    // No offer in the views (the offer's own btree index could serve it): the offer in the query tells
    // other tests' leads apart.
    for (const [view, expected] of [
      ["action=PLT", ["Match", "OtherSource"]],
      ["action=PLT&source=AppSource&status=NEW&owner=me", ["Match"]],
      ["action=PLT,INS&source=AppSource", ["Match", "OtherAction"]],
    ] as const) {
      const where = leadFilterSql(params(view), userId);
      // With table reads off and every other index of leads gone, the plan must come from the GIN index.
      const { plan, rows } = await planWithOnly(
        ["leads_pkey", "leads_facet_filters_idx"],
        Prisma.sql`SELECT "lastName" FROM leads WHERE ${where} AND "offerId" = ${offer} ORDER BY "lastName"`,
      );
      // (action leads no btree index, so the first view is answered by this index or not at all)
      expect(plan, view).toMatch(/Bitmap Index Scan on leads_facet_filters_idx .*\n\s+Index Cond: /);
      expect(
        rows.map((r) => r.lastName),
        view,
      ).toEqual(expected);
    }
  });
});
