import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { cachedLeadFacets, forgetLeadFacets } from "@/lib/leads/facet-cache";
import { facetTotal, leadFacets } from "@/lib/leads/lead-facets";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { findLeadRows } from "@/lib/leads/lead-rows-sql";
import { COUNT_CAP, countLeads, leadRowSelect, listLeads } from "@/lib/leads/list-leads";
import { sortKeys, type SortKey } from "@/lib/leads/list-url";
import { applyChange } from "@/lib/leads/triage";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { params, seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";

const DAY = 86_400_000;
const now = new Date();
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
const ymd = (d: Date) => d.toISOString().slice(0, 10);

type Dir = "asc" | "desc";
/** Each list sort as Prisma's orderBy (the id breaks ties; stage, status and due time then newest first). */
const prismaOrder: Record<SortKey, (dir: Dir) => Prisma.LeadOrderByWithRelationInput[]> = {
  received: (dir) => [{ receivedAt: dir }, { id: dir }],
  name: (dir) => [{ lastName: dir }, { firstName: dir }, { id: dir }],
  company: (dir) => [{ company: dir }, { id: dir }],
  stage: (dir) => [{ stage: dir }, { receivedAt: "desc" }, { id: "desc" }],
  status: (dir) => [{ status: dir }, { receivedAt: "desc" }, { id: "desc" }],
  due: (dir) => [{ dueAt: { sort: dir, nulls: "last" } }, { receivedAt: "desc" }, { id: "desc" }],
};

describe("lead list filters", () => {
  const offer = uniqueOffer();
  const ids: Record<string, string> = {};
  let me: SessionUser;
  let other: SessionUser;
  // Every call also checks the page's rows (lead-rows-sql.ts) against Prisma's
  // leadRowSelect of the same leads (the same shape), and the list's count and
  // countLeads (bulk actions, the overview) against the rows.
  const names = async (query: string, user = me) => {
    const chosen = params(`offer=${offer}&${query}`);
    const page = await listLeads(chosen, user.id, now);
    expect(page.total, `count of "${query}"`).toBe(page.rows.length);
    const db = await getDb();
    expect(await countLeads(chosen, user.id, now), `countLeads of "${query}"`).toBe(page.rows.length);
    const ids = page.rows.map((row) => row.id);
    const viaPrisma = await db.lead.findMany({
      where: { id: { in: ids } },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      select: leadRowSelect,
    });
    expect(page.rows, `rows of "${query}"`).toEqual(viaPrisma.map((row) => ({ ...row, duplicateCount: 0 })));
    return page.rows.map((r) => r.lastName).sort();
  };

  beforeAll(async () => {
    me = await seedUser();
    other = await seedUser();
    ids.alvarez = await seedLead({
      offer,
      first: "José",
      last: "Álvarez",
      company: "Fábrica Ñandú",
      title: "CTO",
      source: "AzureMarketplace",
      action: "INS",
      receivedAt: daysAgo(10),
    });
    ids.berg = await seedLead({
      offer,
      first: "Anna",
      last: "Berg",
      email: `berg-${offer}@contoso.com`,
      company: "Contoso",
      source: "SPZA",
      action: "PLT",
      receivedAt: daysAgo(8),
    });
    ids.young = await seedLead({
      offer,
      first: "Zed",
      last: "Young",
      company: "Northwind",
      source: "AzurePortal",
      action: "Create",
      receivedAt: daysAgo(5),
    });
    ids.trial = await seedLead({
      offer,
      first: "Tia",
      last: "Trial",
      company: "Adatum",
      source: "TestDrive",
      action: "StartTestDrive",
      receivedAt: daysAgo(3),
    });
    ids.dnc = await seedLead({
      offer,
      first: "Dee",
      last: "Noncontact",
      company: "Fabrikam",
      source: "SPZA",
      action: "DNC",
      receivedAt: daysAgo(2),
    });
    ids.test = await seedLead({ offer, first: "MSFT_TEST_1", last: "Validation", test: true });
    // The same customer, offer and action again: stored as a duplicate of Berg.
    ids.bergAgain = await seedLead({
      offer,
      first: "Anna",
      last: "Berg-again",
      email: `berg-${offer}@contoso.com`,
      company: "Contoso",
      source: "SPZA",
      action: "PLT",
    });
    await applyChange([ids.alvarez!], { kind: "owner", ownerId: me.id }, me);
    await applyChange([ids.young!], { kind: "owner", ownerId: other.id }, me);
    await applyChange([ids.young!], { kind: "status", status: "CONTACTED" }, me);
  });

  it("hides test leads unless asked for them", async () => {
    expect(await names("")).toEqual(["Berg", "Berg-again", "Noncontact", "Trial", "Young", "Álvarez"]);
    expect(await names("test=1")).toContain("Validation");
  });

  it("filters by source, action, stage and status, alone and combined", async () => {
    expect(await names("source=AppSource")).toEqual(["Berg", "Berg-again", "Noncontact"]);
    expect(await names("source=AppSource&stage=ACTIVE")).toEqual(["Berg", "Berg-again"]);
    expect(await names("source=AppSource,AzurePortal&stage=ACTIVE")).toEqual(["Berg", "Berg-again", "Young"]);
    expect(await names("action=Create")).toEqual(["Young"]);
    expect(await names("stage=TRIAL")).toEqual(["Trial"]);
    expect(await names("status=CONTACTED")).toEqual(["Young"]);
    expect(await names("status=NEW&source=AzurePortal")).toEqual([]);
    expect(await names("dnc=1")).toEqual(["Noncontact"]);
  });

  it("filters by owner: me, unassigned, a given user", async () => {
    expect(await names("owner=me")).toEqual(["Álvarez"]);
    expect(await names("owner=me", other)).toEqual(["Young"]);
    expect(await names(`owner=${other.id}`)).toEqual(["Young"]);
    expect(await names("owner=unassigned")).toEqual(["Berg", "Berg-again", "Noncontact", "Trial"]);
  });

  it("filters by received date range (inclusive days) and relative ranges", async () => {
    expect(await names(`from=${ymd(daysAgo(8))}&to=${ymd(daysAgo(3))}`)).toEqual(["Berg", "Trial", "Young"]);
    expect(await names(`to=${ymd(daysAgo(9))}`)).toEqual(["Álvarez"]);
    expect(await names("range=7d")).toEqual(["Berg-again", "Noncontact", "Trial", "Young"]);
    expect(await names("range=today")).toEqual(["Berg-again"]);
  });

  it("searches name, e-mail, company and title ignoring case and accents", async () => {
    expect(await names("q=jose alvarez")).toEqual(["Álvarez"]);
    expect(await names("q=ÁLVAREZ")).toEqual(["Álvarez"]);
    expect(await names("q=fabrica nandu")).toEqual(["Álvarez"]);
    expect(await names("q=cto")).toEqual(["Álvarez"]);
    expect(await names(`q=berg-${offer}@CONTOSO`)).toEqual(["Berg", "Berg-again"]);
    expect(await names("q=fabri")).toEqual(["Noncontact", "Álvarez"]);
    // A full page of a text search is counted in SQL (a page that is not full counts itself).
    expect(await listLeads(params(`offer=${offer}&q=fabri&size=1`), me.id, now)).toMatchObject({
      total: 2,
      capped: false,
    });
    // LIKE wildcards in the term are literal, not patterns.
    expect(await names("q=%")).toEqual([]);
    expect(await names("q=_")).toEqual([]);
  });

  it("collapses duplicates into the customer's first lead, with a count", async () => {
    const page = await listLeads(params(`offer=${offer}&collapse=1&source=AppSource`), me.id, now);
    expect(page.rows.map((r) => r.lastName).sort()).toEqual(["Berg", "Noncontact"]);
    expect(page.rows.find((r) => r.lastName === "Berg")!.duplicateCount).toBe(1);
  });

  it("lists leads with failing deliveries", async () => {
    const db = await getDb();
    const destination = await db.destination.create({ data: { kind: "HTTPS", name: `failing ${offer}` } });
    await db.delivery.create({
      data: { leadId: ids.trial!, destinationId: destination.id, state: "DEAD", attempts: 8 },
    });
    await db.delivery.create({
      data: { leadId: ids.young!, destinationId: destination.id, state: "PENDING", attempts: 2 },
    });
    await db.delivery.create({
      data: { leadId: ids.berg!, destinationId: destination.id, state: "PENDING", attempts: 0 },
    });
    await db.delivery.create({
      data: { leadId: ids.alvarez!, destinationId: destination.id, state: "DELIVERED", attempts: 1 },
    });
    expect(await names("delivery=failing")).toEqual(["Trial", "Young"]);
    await db.destination.delete({ where: { id: destination.id } });
  });

  it("sorts by name, company, stage and status", async () => {
    const sorted = async (query: string) =>
      (await listLeads(params(`offer=${offer}&${query}`), me.id, now)).rows.map((r) => r.lastName);
    // Where "Álvarez" sorts depends on the database's collation; the ASCII names do not.
    const ascii = (names: (string | null)[]) => names.filter((n) => n && /^[\x20-\x7e]+$/.test(n));
    expect(ascii(await sorted("sort=name"))).toEqual(["Berg", "Berg-again", "Noncontact", "Trial", "Young"]);
    expect(ascii(await sorted("sort=name&dir=desc"))).toEqual(["Young", "Trial", "Noncontact", "Berg-again", "Berg"]);
    const companies = (await listLeads(params(`offer=${offer}&sort=company`), me.id, now)).rows.map((r) => r.company);
    // Equal companies (the two Contoso leads) are ordered by id, so compare companies only.
    expect(ascii(companies)).toEqual(["Adatum", "Contoso", "Contoso", "Fabrikam", "Northwind"]);
    expect((await sorted("sort=stage"))[0]).toBe("Trial");
    expect((await sorted("sort=status&dir=desc"))[0]).toBe("Young");
    // Default: newest first.
    expect(await sorted("")).toEqual(["Berg-again", "Noncontact", "Trial", "Young", "Berg", "Álvarez"]);
  });

  it("reads the same page whether it sorts the few matches in memory or walks the sort's index", async () => {
    // listLeads reads a filter that matches at most COUNT_CAP leads as "matches"
    // (every match, then sorted), a broader one as "ordered" (the index walk).
    const db = await getDb();
    const filter = params(`offer=${offer}&test=1`);
    const where = leadFilterSql(filter, me.id, { now });
    // The matching ids from the filter; Prisma's orderBy is the oracle for their order.
    const matching = (await db.$queryRaw`SELECT id::text AS id FROM leads WHERE ${where}`) as { id: string }[];
    const inFilter = { id: { in: matching.map((r) => r.id) } };
    for (const sort of sortKeys) {
      for (const dir of ["asc", "desc"] as const) {
        const all = await db.lead.findMany({ where: inFilter, orderBy: prismaOrder[sort](dir), select: { id: true } });
        expect(all.length).toBe(7);
        for (const offset of [0, 2, 6]) {
          const expected = all.slice(offset, offset + 2).map((r) => r.id);
          for (const plan of ["matches", "ordered"] as const) {
            const found = await findLeadRows(where, { sort, dir, size: 2 }, offset, plan);
            expect(
              found.rows.map((r) => r.id),
              `${plan} ${sort} ${dir} from ${offset}`,
            ).toEqual(expected);
            // Read as matches, the rows also say how many match.
            expect(found.matches).toBe(plan === "matches" ? 7 : null);
          }
        }
        const page = await listLeads(params(`offer=${offer}&test=1&sort=${sort}&dir=${dir}`), me.id, now);
        expect(
          page.rows.map((r) => r.id),
          `listLeads ${sort} ${dir}`,
        ).toEqual(all.map((r) => r.id));
      }
    }
  });

  it("counts each facet option under the other filters", async () => {
    const facets = await leadFacets(params(`offer=${offer}&source=AppSource&stage=ACTIVE`), me.id, now);
    const count = (list: { value: string; count: number }[], value: string) =>
      list.find((o) => o.value === value)?.count ?? 0;
    // The source facet ignores the source filter but keeps stage=ACTIVE.
    expect(count(facets.source, "AppSource")).toBe(2);
    expect(count(facets.source, "AzurePortal")).toBe(1);
    expect(count(facets.source, "TestDrive")).toBe(0);
    // The stage facet ignores stage but keeps source=AppSource.
    expect(count(facets.stage, "ACTIVE")).toBe(2);
    expect(count(facets.stage, "DO_NOT_CONTACT")).toBe(1);
    expect(count(facets.status, "NEW")).toBe(2);
    expect(facets.offer).toEqual([{ value: offer, label: `Offer ${offer}`, count: 2 }]);
    expect(count(facets.owner, "unassigned")).toBe(2);
    expect(count(facets.owner, "me")).toBe(0);
  });

  it("each facet count is exactly what choosing that option would list", async () => {
    // Zero to four chosen facets (the offer is one where it is given).
    const withOffer = [
      "",
      "source=AppSource",
      "stage=ACTIVE&status=NEW",
      "owner=unassigned&q=contoso",
      "source=AppSource,AzurePortal&stage=ACTIVE&owner=me",
      "test=1&dnc=1",
    ];
    for (const query of [...withOffer.map((q) => `offer=${offer}&${q}`), "q=contoso", "test=1"]) {
      const filter = params(query);
      const facets = await leadFacets(filter, me.id, now);
      for (const key of ["source", "action", "stage", "status", "owner", "offer"] as const) {
        for (const option of facets[key]) {
          const chosen =
            key === "owner"
              ? { ...filter, owner: option.value as typeof filter.owner }
              : { ...filter, [key]: [option.value] };
          expect((await listLeads(chosen, me.id, now)).total, `${query} → ${key}=${option.value}`).toBe(option.count);
        }
      }
    }
  });

  it("ignores malformed parameters instead of failing", async () => {
    const p = params(
      `offer=${offer}&stage=NOPE,TRIAL&status=MAYBE&owner=someone&from=yesterday&page=-3&size=7&sort=evil`,
    );
    expect(p).toMatchObject({
      stage: ["TRIAL"],
      status: [],
      owner: undefined,
      from: undefined,
      page: 1,
      size: 50,
      sort: "received",
    });
    expect((await listLeads(p, me.id, now)).rows.map((r) => r.lastName)).toEqual(["Trial"]);
  });
});

describe("lead list pagination", () => {
  it("pages through every lead exactly once, in a stable order, with the count", async () => {
    const offer = uniqueOffer();
    const me = await seedUser();
    const sameTime = daysAgo(1);
    // Equal timestamps: the id tie-breaker must still give a total order.
    for (let i = 0; i < 27; i += 1)
      await seedLead({ offer, last: `Page${String(i).padStart(2, "0")}`, receivedAt: i < 10 ? sameTime : undefined });
    // With a text term the total of a page that is not full comes from its rows, the rest from a count.
    for (const filter of [`offer=${offer}`, `offer=${offer}&q=page`]) {
      const seen: string[] = [];
      for (const page of [1, 2, 3]) {
        const result = await listLeads(params(`${filter}&size=25&page=${page}`), me.id, now);
        expect(result.total).toBe(27);
        expect(result.capped).toBe(false);
        expect(result.rows.length).toBe([25, 2, 0][page - 1]);
        seen.push(...result.rows.map((r) => r.id));
      }
      expect(new Set(seen).size).toBe(27);
    }
  });

  it("counts a few matches afresh even when the filter's facet counts are known", async () => {
    const offer = uniqueOffer();
    const me = await seedUser();
    for (let i = 0; i < 3; i += 1) await seedLead({ offer, last: `Known${i}` });
    forgetLeadFacets();
    await cachedLeadFacets(params(`offer=${offer}`), me.id, now);
    // A lead arriving after the counts were taken is listed and counted.
    await seedLead({ offer, last: "Known3" });
    expect(await listLeads(params(`offer=${offer}`), me.id, now)).toMatchObject({ total: 4, capped: false });
    // Past the last page there is no row to carry the number: it is counted.
    expect(await listLeads(params(`offer=${offer}&size=25&page=2`), me.id, now)).toMatchObject({
      rows: [],
      total: 4,
      capped: false,
    });
    forgetLeadFacets();
  });

  it("stops counting at the cap and says so", async () => {
    const db = await getDb();
    const offer = uniqueOffer();
    const me = await seedUser();
    const n = COUNT_CAP + 5;
    const receipts = Array.from({ length: n }, () => ({
      id: randomUUID(),
      body: new Uint8Array([123, 125]),
      bodySize: 2,
      bodyHash: randomUUID(),
      outcome: "CREATED" as const,
    }));
    await db.receipt.createMany({ data: receipts });
    await db.lead.createMany({
      data: receipts.map((r, i) => ({
        receiptId: r.id,
        lastName: `Bulk${i}`,
        company: `Company ${i % 97}`,
        offerId: offer,
        stage: "INITIAL_INTEREST" as const,
        source: "AzureMarketplace",
        action: "INS",
        searchText: `bulk${i}`,
      })),
    });
    const first = await listLeads(params(`offer=${offer}`), me.id, now);
    expect(first).toMatchObject({ total: COUNT_CAP, capped: true });
    expect(first.rows.length).toBe(50);
    // The deepest reachable page still answers.
    const deepest = await listLeads(params(`offer=${offer}&page=200`), me.id, now);
    expect(deepest.rows.length).toBe(50);
    // Above the cap the sort's index is walked: pages still follow the same order.
    for (const [sort, dir] of [
      ["name", "desc"],
      ["stage", "asc"],
      ["received", "asc"],
    ] as const) {
      const page = await listLeads(params(`offer=${offer}&sort=${sort}&dir=${dir}&page=3`), me.id, now);
      const expected = await db.lead.findMany({
        where: { offerId: offer },
        orderBy: prismaOrder[sort](dir),
        skip: 100,
        take: 50,
        select: { id: true },
      });
      expect(
        page.rows.map((r) => r.id),
        `${sort} ${dir}`,
      ).toEqual(expected.map((r) => r.id));
    }
    // A text search sorted by name or company reads all its matches and sorts them (no walk): same pages.
    for (const [sort, dir] of [
      ["company", "asc"],
      ["company", "desc"],
      ["name", "asc"],
    ] as const) {
      const view = `offer=${offer}&q=bulk&sort=${sort}&dir=${dir}`;
      const page = await listLeads(params(`${view}&page=4`), me.id, now);
      expect(page).toMatchObject({ total: COUNT_CAP, capped: true });
      const expected = await db.lead.findMany({
        where: { offerId: offer },
        orderBy: prismaOrder[sort](dir),
        skip: 150,
        take: 50,
        select: { id: true },
      });
      expect(
        page.rows.map((r) => r.id),
        view,
      ).toEqual(expected.map((r) => r.id));
    }
    expect(params("page=201").page).toBe(1);
    // Once the filter's facet counts are known, they give the exact total
    // beyond the cap (and no capped count runs).
    forgetLeadFacets();
    const facets = await cachedLeadFacets(params(`offer=${offer}`), me.id, now);
    expect(facetTotal(facets, params(`offer=${offer}`))).toEqual({ total: n, estimated: false });
    expect(await listLeads(params(`offer=${offer}`), me.id, now)).toMatchObject({ total: n, capped: false });
    await cachedLeadFacets(params(`offer=${offer}&status=NEW,WON`), me.id, now);
    expect(await listLeads(params(`offer=${offer}&status=NEW,WON`), me.id, now)).toMatchObject({
      total: n,
      capped: false,
    });
    // Another user's counts are not this user's.
    expect(await listLeads(params(`offer=${offer}`), (await seedUser()).id, now)).toMatchObject({
      total: COUNT_CAP,
      capped: true,
    });
  });
});
