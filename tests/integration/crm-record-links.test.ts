// The record a CRM created, end to end: kept with the delivery by the outbox
// worker, linked from the lead page's data and in the CSV export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvHeader } from "@/lib/leads/csv-header";
import { exportLeadsCsv } from "@/lib/leads/export-leads-csv";
import { getLeadDetail } from "@/lib/leads/get-lead-detail";
import { startFakeSalesforceApi, type FakeSalesforceApi } from "@/tests/support/fake-crm/fake-salesforce-api";
import { allowLoopbackForFakes } from "@/tests/support/fake-crm/test-helpers";
import { createDestination, deliveryOf, drain, marketplaceBody, postLead } from "@/tests/support/delivery";
import { params, seedUser } from "@/tests/support/leads";

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
    const chunks: string[] = [];
    for await (const chunk of exportLeadsCsv(params(`offer=${offer}`), me.id, {
      header: await csvHeader("en"),
    }) as unknown as AsyncIterable<Uint8Array>)
      chunks.push(new TextDecoder().decode(chunk));
    const [header, row] = chunks
      .join("")
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    // Every text cell is quoted (lib/leads/csv.ts).
    expect(header!.split(",").at(-1)).toBe('"CRM records"');
    expect(row!.split(",").at(-1)).toBe(`"${url}"`);
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
