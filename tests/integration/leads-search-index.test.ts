import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { listLeads } from "@/lib/leads/list-leads";
import { foldText } from "@/lib/leads/search-text";
import { params, seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";
import { indexConditions, planWithOnly } from "@/tests/support/plan-with-only";

// Text search is LIKE '%term%' on leads.searchText, served by the trigram
// part of the search and facet index (migration search_and_facet_index) on
// PostgreSQL and on PGlite.
describe("text search through the trigram index", () => {
  const offer = uniqueOffer();
  let userId: string;
  const names = async (q: string) =>
    (await listLeads(params(`offer=${offer}&q=${encodeURIComponent(q)}`), userId)).rows.map((r) => r.lastName).sort();

  beforeAll(async () => {
    userId = (await seedUser()).id;
    await seedLead({
      offer,
      first: "Olivia",
      last: "Smith",
      email: `olivia.smith.42-${offer}@fabrikam.com`,
      company: "Fabrikam",
    });
    await seedLead({ offer, first: "Мария", last: "Кузнецова", company: "Ромашка", title: "Директор" });
    await seedLead({ offer, first: "Zoë", last: "Ødegård", company: "北京数据有限公司", title: "Ingeniør" });
    await seedLead({ offer, first: "Ana", last: "García", company: "Contoso" });
  });

  it("the extension and the GIN index exist", async () => {
    const db = await getDb();
    const ext = await db.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`;
    expect(ext).toHaveLength(1);
    const idx = await db.$queryRaw<
      { indexdef: string }[]
    >`SELECT indexdef FROM pg_indexes WHERE tablename = 'leads' AND indexdef LIKE '%gin_trgm_ops%'`;
    expect(idx).toHaveLength(1);
    // The facet columns' operator classes are their types' defaults, which PostgreSQL may leave out.
    const owner = `COALESCE\\("ownerId", '0{8}-0{4}-0{4}-0{4}-0{12}'::uuid\\)`;
    const columns = [
      '"lastName"',
      "company",
      "source",
      "action",
      "stage",
      "status",
      '"offerId"',
      owner,
      '\\(\\("receivedAt"\\)::date\\)',
    ];
    expect(idx[0]!.indexdef).toMatch(
      new RegExp(`USING gin \\("searchText" gin_trgm_ops, ${columns.map((c) => `${c}( \\w+_ops)?`).join(", ")}\\)`),
    );
  });

  // Migration gin_pending_list_limit: a full 4 MB pending list slowed every search and facet filter.
  it("keeps the GIN index's pending list small", async () => {
    const db = await getDb();
    const rows = await db.$queryRaw<{ relname: string; reloptions: string[] | null }[]>`
      SELECT relname, reloptions FROM pg_class
      WHERE relkind = 'i' AND relam = (SELECT oid FROM pg_am WHERE amname = 'gin')
        AND oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'leads'::regclass)`;
    expect(rows).toEqual([{ relname: "leads_search_filters_idx", reloptions: ["gin_pending_list_limit=512"] }]);
  });

  // lib/leads/bounded-walk.ts: a term's matches before a last name or company, without reading the leads.
  it("finds a term's matches before a last name or a company inside the index", async () => {
    for (const column of ["lastName", "company"] as const) {
      const { plan, rows } = await planWithOnly(
        ["leads_pkey", "leads_search_filters_idx"],
        Prisma.sql`SELECT "lastName" FROM leads
          WHERE "searchText" LIKE '%a%' AND ${Prisma.raw(`"${column}"`)} < 'H' AND "offerId" = ${offer}`,
        ["enable_indexscan = off"],
      );
      expect(plan, column).toMatch(
        new RegExp(`Bitmap Index Scan on leads_search_filters_idx[^\\n]*\\n\\s+Index Cond: [^\\n]*"?${column}"? < `),
      );
      // Contoso and Fabrikam sort before H; García before H, Smith after.
      expect(rows.map((r) => r.lastName).sort(), column).toEqual(
        column === "company" ? ["García", "Smith"] : ["García"],
      );
    }
  });

  it("finds substrings in the middle of words, in any script, ignoring case and accents", async () => {
    expect(await names("smith.42")).toEqual(["Smith"]);
    expect(await names("IVIA.SM")).toEqual(["Smith"]);
    expect(await names("узнецо")).toEqual(["Кузнецова"]);
    expect(await names("РОМАШ")).toEqual(["Кузнецова"]);
    expect(await names("数据")).toEqual(["Ødegård"]);
    expect(await names("odegard")).toEqual([]); // ø is a letter of its own, not o with a mark
    expect(await names("ødegå")).toEqual(["Ødegård"]);
    expect(await names("ZOE")).toEqual(["Ødegård"]);
    expect(await names("garc")).toEqual(["García"]);
    expect(await names("arcía contoso")).toEqual(["García"]);
    expect(await names("smith.43")).toEqual([]);
    // Wildcards are letters like any other, in long words and short.
    expect(await names("%")).toEqual([]);
    expect(await names("h_")).toEqual([]);
    expect(await names("ana%")).toEqual([]);
  });

  // A word shorter than a trigram has nothing to look up in the index; as an index condition it
  // would make the planner scan the whole index or give it up, facet conditions included.
  it("leaves a word shorter than a trigram out of the index's conditions, for the facets to use it", async () => {
    const where = leadFilterSql(params(`offer=${offer}&q=${encodeURIComponent("数据")}`), userId);
    const { plan, rows } = await planWithOnly(
      ["leads_pkey", "leads_search_filters_idx"],
      Prisma.sql`SELECT "lastName" FROM leads WHERE ${where}`,
    );
    const conditions = indexConditions(plan);
    expect(conditions, plan).toHaveLength(1);
    expect(conditions[0], plan).toContain("offerId");
    expect(conditions[0], plan).not.toContain("searchText");
    expect(rows.map((r) => r.lastName)).toEqual(["Ødegård"]);
  });

  it("answers from the index when the planner may not read the table, with the same rows", async () => {
    // Words of a trigram or more (shorter ones: the test before). Only the text
    // condition, and only the search index beside the key: the sorts' indexes
    // carry the searched text too (migration sort_indexes_cover_filters), so the
    // planner could read one of them whole instead. Other tests' leads are told
    // apart by offer afterwards.
    for (const term of ["smith.42", "узнецо", "北京数", "ødegå", "zoe"]) {
      const pattern = `%${foldText(term)}%`;
      const { plan, rows } = await planWithOnly(
        ["leads_pkey", "leads_search_filters_idx"],
        Prisma.sql`SELECT "lastName", "offerId" FROM leads WHERE "searchText" LIKE ${pattern}`,
        ["enable_indexscan = off"],
      );
      expect(plan).toContain("leads_search_filters_idx");
      const found = (rows as { lastName: string; offerId: string }[]).filter((r) => r.offerId === offer);
      expect(found.map((r) => r.lastName)).toEqual(await names(term));
      expect(found).toHaveLength(1);
    }
  });
});
