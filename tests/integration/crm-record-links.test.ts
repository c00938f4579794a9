// The record a CRM created, end to end: kept with the delivery by the outbox
// worker, linked from the lead page's data and in the CSV export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { csvHeader } from "@/lib/leads/csv-header";
import { exportLeadsCsv } from "@/lib/leads/export-leads-csv";
import { getLeadDetail } from "@/lib/leads/get-lead-detail";
import { startFakeSalesforceApi, type FakeSalesforceApi } from "@/tests/support/fake-crm/fake-salesforce-api";
import { allowLoopbackForFakes } from "@/tests/support/fake-crm/test-helpers";
import { createDestination, deliveryOf, drain, marketplaceBody, postLead } from "@/tests/support/delivery";
import { params, readAll, seedUser } from "@/tests/support/leads";

async function exportedRows(query: string, userId: string): Promise<string[]> {
  const chunks = await readAll(exportLeadsCsv(params(query), userId, { header: await csvHeader("en") }));
  return chunks
    .join("")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
}

allowLoopbackForFakes();
let crm: FakeSalesforceApi;
beforeAll(async () => {
  crm = await startFakeSalesforceApi();
});
afterAll(() => crm.close());

describe("CRM record links", () => {
  it("a delivered Salesforce lead links to its record on the lead page and in the CSV export", async () => {
    const dest = await createDestination(
      "SALESFORCE_API",
      { myDomainUrl: crm.url, clientId: crm.clientId, clientSecret: crm.clientSecret },
      { name: "SF org" },
    );
    const offer = `links.offer-${Date.now()}`;
    const leadId = await postLead(marketplaceBody({ LeadSource: `AzureMarketplace-INS|${offer}` }));
    await drain();
    const [id] = [...crm.created.keys()];
    expect((await deliveryOf(leadId, dest)).remoteId).toBe(id);
    const url = `${crm.url}/lightning/r/Lead/${id}/view`;

    const detail = await getLeadDetail(leadId);
    const [delivery] = detail!.deliveries;
    expect(delivery).toMatchObject({ remoteId: id, record: { label: "Open in Salesforce", url } });
    // The destination's settings built the link and went no further.
    expect(delivery!.destination).toEqual({ id: dest, name: "SF org", kind: "SALESFORCE_API" });

    const me = await seedUser();
    const [header, row] = await exportedRows(`offer=${offer}`, me.id);
    // Every text cell is quoted (lib/leads/csv.ts).
    expect(header!.split(",").at(-1)).toBe('"CRM records"');
    expect(row!.split(",").at(-1)).toBe(`"${url}"`);
  });

  it("a lead with records in two CRMs lists both in the export, oldest first, by name where a CRM has no page", async () => {
    const salesforce = await createDestination(
      "SALESFORCE_API",
      { myDomainUrl: crm.url, clientId: crm.clientId, clientSecret: crm.clientSecret },
      { name: "SF org" },
    );
    const endpoint = await createDestination("HTTPS", { url: "http://127.0.0.1:9/never" }, { name: 'Hook, "ours"' });
    const offer = `two.records-${Date.now()}`;
    const leadId = await postLead(marketplaceBody({ LeadSource: `AzureMarketplace-INS|${offer}` }));
    const db = await getDb();
    const older = new Date(Date.now() - 60_000);
    await db.delivery.deleteMany({ where: { leadId } });
    await db.delivery.create({
      data: { leadId, destinationId: endpoint, state: "DELIVERED", remoteId: "=evt-7", createdAt: new Date() },
    });
    await db.delivery.create({
      data: { leadId, destinationId: salesforce, state: "DELIVERED", remoteId: "00Q1", createdAt: older },
    });
    const me = await seedUser();
    const [, row] = await exportedRows(`offer=${offer}`, me.id);
    // One cell, quoted once, its quotes doubled (lib/leads/csv.ts).
    expect(row!.endsWith(`,"${crm.url}/lightning/r/Lead/00Q1/view Hook, ""ours"": =evt-7"`)).toBe(true);
  });

  it("a lead not yet delivered has no record and an empty CRM records cell", async () => {
    const failing = await createDestination("SALESFORCE_API", {
      myDomainUrl: crm.url,
      clientId: crm.clientId,
      clientSecret: "wrong",
    });
    const leadId = await postLead();
    await drain();
    expect(await deliveryOf(leadId, failing)).toMatchObject({ state: "DEAD", remoteId: null });
    const record = (await getLeadDetail(leadId))!.deliveries.find((d) => d.destinationId === failing)!;
    expect(record.record).toBeNull();
  });
});
