// Webhook post → outbox row → worker → the CRM, for every destination kind,
// against real loopback fakes (and Azurite): the exact fields each receives.
import { TableClient } from "@azure/data-tables";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { startAzurite, type Azurite } from "@/tests/support/fake-crm/azurite";
import { startFakeDynamics } from "@/tests/support/fake-crm/fake-dynamics";
import { startFakeHttpsReceiver } from "@/tests/support/fake-crm/fake-https-receiver";
import { startFakeMarketo } from "@/tests/support/fake-crm/fake-marketo";
import { startFakeSalesforce } from "@/tests/support/fake-crm/fake-salesforce";
import { startFakeSalesforceApi } from "@/tests/support/fake-crm/fake-salesforce-api";
import { allowLoopbackForFakes } from "@/tests/support/fake-crm/test-helpers";
import { createDestination, deliveryOf, drain, marketplaceBody, postLead } from "@/tests/support/delivery";

allowLoopbackForFakes();
afterEach(async () => {
  await (await getDb()).destination.deleteMany({});
});

async function expectDelivered(leadId: string, destinationId: string, status: number) {
  const delivery = await deliveryOf(leadId, destinationId);
  expect(delivery).toMatchObject({
    state: "DELIVERED",
    attempts: 1,
    lastStatus: status,
    lastError: null,
    claimedUntil: null,
  });
  expect(delivery.deliveredAt).toBeInstanceOf(Date);
  expect(delivery.attemptLog).toHaveLength(1);
  expect(delivery.attemptLog[0]).toMatchObject({ ok: true, test: false, httpStatus: status, destinationId });
  return delivery;
}

describe("each destination kind receives the lead posted to the webhook", () => {
  it("HTTPS endpoint: the marketplace JSON plus LeadId, signed, with the delivery id", async () => {
    const signingSecret = "whsec_0123456789abcdef";
    const receiver = await startFakeHttpsReceiver({ signingSecret });
    try {
      const dest = await createDestination("HTTPS", {
        url: `${receiver.url}/hooks/leads?token=abc`,
        signingSecret,
        headers: { "X-Api-Key": "k-123" },
      });
      const body = marketplaceBody();
      const leadId = await postLead(body);
      expect(await drain()).toBe(1);

      expect(receiver.requests).toHaveLength(1);
      expect(receiver.verified).toHaveLength(1);
      const [req] = receiver.requests;
      expect(req!.path).toBe("/hooks/leads");
      expect(req!.query).toEqual({ token: "abc" });
      expect(req!.headers["x-api-key"]).toBe("k-123");
      expect(req!.json).toEqual({
        LeadId: leadId,
        UserDetails: body.UserDetails,
        LeadSource: "AzureMarketplace-INS|contoso.sample-offer",
        ActionCode: "INS",
        OfferTitle: "Contoso Sample Offer",
        Description: "Campaigns: spring-launch",
      });
      const delivery = await expectDelivered(leadId, dest, 202);
      expect(req!.headers["x-leaddesk-delivery"]).toBe(delivery.id);
      // The log keeps the request with the header value masked.
      const logged = JSON.stringify(delivery.attemptLog[0]!.request);
      expect(logged).not.toContain("k-123");
      expect(logged).toContain(`${receiver.url}/hooks/leads?token=abc`);
    } finally {
      await receiver.close();
    }
  });

  it("Dynamics 365: a token, then a lead record with the Dataverse columns", async () => {
    const crm = await startFakeDynamics();
    try {
      const dest = await createDestination("DYNAMICS", {
        instanceUrl: crm.url,
        loginUrl: crm.url,
        tenantId: "contoso-tenant",
        clientId: "app-id",
        clientSecret: crm.clientSecret,
      });
      const body = marketplaceBody();
      const leadId = await postLead(body);
      expect(await drain()).toBe(1);
      expect(crm.tokenRequests()).toHaveLength(1);
      expect(crm.tokenRequests()[0]!.form.client_secret).toBe(crm.clientSecret);
      expect(crm.leadRequests()).toHaveLength(1);
      expect(crm.leadRequests()[0]!.json).toEqual({
        firstname: "Zoë",
        lastname: body.UserDetails.LastName,
        emailaddress1: body.UserDetails.Email,
        telephone1: "16175555555",
        address1_country: "USA",
        companyname: "Contoso",
        jobtitle: "CTO",
        subject: "Contoso Sample Offer: Got it now — the customer acquired the offer (initial interest)",
        description:
          "Lead source: AzureMarketplace-INS|contoso.sample-offer\n" +
          "Offer: Contoso Sample Offer (contoso.sample-offer)\n" +
          "Action: Got it now — the customer acquired the offer (initial interest)\n" +
          "Description: Campaigns: spring-launch\n" +
          `Lead desk id: ${leadId}`,
      });
      // The record id from OData-EntityId is kept with the delivery.
      expect((await expectDelivered(leadId, dest, 204)).remoteId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await crm.close();
    }
  });

  it("Salesforce: a Web-to-Lead form post with the organisation id", async () => {
    const crm = await startFakeSalesforce();
    try {
      const dest = await createDestination("SALESFORCE", { orgId: "00D5g000000AbCd", baseUrl: crm.url });
      const body = marketplaceBody({ LeadSource: "SPZA-PLT|contoso.sample-offer", ActionCode: "PLT" });
      const leadId = await postLead(body);
      expect(await drain()).toBe(1);
      const [req] = crm.received("/servlet/servlet.WebToLead");
      expect(req!.query).toEqual({ encoding: "UTF-8" });
      expect(req!.form).toMatchObject({
        oid: "00D5g000000AbCd",
        first_name: "Zoë",
        last_name: body.UserDetails.LastName,
        email: body.UserDetails.Email,
        company: "Contoso",
        title: "CTO",
        phone: "16175555555",
        country: "USA",
        lead_source: "SPZA-PLT|contoso.sample-offer",
        encoding: "UTF-8",
      });
      expect(req!.form.description).toContain("Contact me on AppSource — the customer asked to be contacted");
      await expectDelivered(leadId, dest, 200);
    } finally {
      await crm.close();
    }
  });

  it("Salesforce Web-to-Lead: its refusal page (HTTP 200) is a dead delivery with Salesforce's reason, not Delivered", async () => {
    const crm = await startFakeSalesforce();
    try {
      const dest = await createDestination("SALESFORCE", { orgId: "00D5g000000AbCd", baseUrl: crm.url });
      crm.refuseNext("Required fields are missing: [Industry__c]");
      const leadId = await postLead(marketplaceBody());
      expect(await drain()).toBe(1);
      const delivery = await deliveryOf(leadId, dest);
      expect(delivery).toMatchObject({
        state: "DEAD",
        attempts: 1,
        lastStatus: 200,
        lastError: "HTTP 200: Required fields are missing: [Industry__c]",
      });
      expect(delivery.attemptLog[0]!.verdict).toMatch(
        /^Salesforce Web-to-Lead refused the lead \(HTTP 200\): Required fields are missing/,
      );
      expect(delivery.attemptLog[0]!.responseExcerpt).toContain("Salesforce could not create this lead");
    } finally {
      await crm.close();
    }
  });

  it("Salesforce (API): a client-credentials token, then a Lead record confirmed by its id", async () => {
    const crm = await startFakeSalesforceApi();
    try {
      const dest = await createDestination("SALESFORCE_API", {
        myDomainUrl: crm.url,
        clientId: crm.clientId,
        clientSecret: crm.clientSecret,
        companyPlaceholder: "Unknown company",
      });
      const body = marketplaceBody({ UserDetails: { ...marketplaceBody().UserDetails, Company: "" } });
      const leadId = await postLead(body);
      expect(await drain()).toBe(1);
      expect(crm.tokenRequests()).toHaveLength(1);
      const [req] = crm.leadRequests();
      expect(req!.json).toMatchObject({
        LastName: body.UserDetails.LastName,
        Email: body.UserDetails.Email,
        Company: "Unknown company",
        LeadSource: "AzureMarketplace-INS|contoso.sample-offer",
      });
      const [id] = [...crm.created.keys()];
      expect((await expectDelivered(leadId, dest, 201)).remoteId).toBe(id);
      expect((await deliveryOf(leadId, dest)).attemptLog[0]!.verdict).toContain(`id ${id}`);
    } finally {
      await crm.close();
    }
  });

  it("Salesforce (API): a duplicate rule's refusal is dead at once; an expired session is refreshed and delivered", async () => {
    const crm = await startFakeSalesforceApi();
    try {
      const dest = await createDestination("SALESFORCE_API", {
        myDomainUrl: crm.url,
        clientId: crm.clientId,
        clientSecret: crm.clientSecret,
      });
      const body = marketplaceBody();
      const first = await postLead(body);
      await drain();
      await expectDelivered(first, dest, 201);
      crm.revokeTokens();
      crm.blockDuplicates(true);
      // Same customer on another offer: stored as a new lead, refused by the duplicate rule.
      const second = await postLead({ ...body, LeadSource: "AzureMarketplace-INS|contoso.other-offer" });
      await drain();
      const dead = await deliveryOf(second, dest);
      expect(dead).toMatchObject({ state: "DEAD", attempts: 1, lastStatus: 400 });
      expect(dead.lastError).toMatch(/^HTTP 400 DUPLICATES_DETECTED: /);
      expect(crm.tokenRequests()).toHaveLength(2); // the expired session was refreshed first
    } finally {
      await crm.close();
    }
  });

  it("Marketo: a token, then createOrUpdate by e-mail", async () => {
    const crm = await startFakeMarketo();
    try {
      const dest = await createDestination("MARKETO", {
        munchkinId: "123-ABC-456",
        clientId: "mkto-client",
        clientSecret: crm.clientSecret,
        baseUrl: crm.url,
      });
      const body = marketplaceBody();
      const leadId = await postLead(body);
      expect(await drain()).toBe(1);
      expect(crm.tokenRequests()).toHaveLength(1);
      const [req] = crm.leadRequests();
      const json = req!.json as { action: string; lookupField: string; input: Record<string, unknown>[] };
      expect(json.action).toBe("createOrUpdate");
      expect(json.lookupField).toBe("email");
      expect(json.input).toHaveLength(1);
      expect(json.input[0]).toMatchObject({
        firstName: "Zoë",
        lastName: body.UserDetails.LastName,
        email: body.UserDetails.Email,
        phone: "16175555555",
        country: "USA",
        company: "Contoso",
        title: "CTO",
        leadSource: "AzureMarketplace-INS|contoso.sample-offer",
      });
      expect((await expectDelivered(leadId, dest, 200)).remoteId).toMatch(/^\d+$/);
    } finally {
      await crm.close();
    }
  });

  describe("Azure Table (Azurite)", () => {
    let azurite: Azurite;
    beforeAll(async () => {
      azurite = await startAzurite();
    }, 30_000);
    afterAll(() => azurite?.stop());

    it("stores Microsoft's entity shape in the table", async () => {
      const tableName = `Leads${Date.now()}`;
      const dest = await createDestination("AZURE_TABLE", { connectionString: azurite.connectionString, tableName });
      const body = marketplaceBody();
      const leadId = await postLead(body);
      expect(await drain()).toBe(1);
      const delivered = await expectDelivered(leadId, dest, 204);

      const table = TableClient.fromConnectionString(azurite.connectionString, tableName, {
        allowInsecureConnection: true,
      });
      const entities = [];
      for await (const e of table.listEntities<Record<string, unknown>>()) entities.push(e);
      expect(entities).toHaveLength(1);
      const [entity] = entities;
      expect(entity!.rowKey).toBe(leadId);
      expect(delivered.remoteId).toBe(`${entity!.partitionKey}/${leadId}`);
      expect(entity!.partitionKey).toMatch(/^\d{1,2}:2F\d{1,2}:2F\d{4}$/);
      expect(entity).toMatchObject({
        ActionCode: "INS",
        LeadSource: "AzureMarketplace-INS|contoso.sample-offer",
        OfferDisplayName: "Contoso Sample Offer",
        Description: "Campaigns: spring-launch",
      });
      expect(JSON.parse(entity!.CustomerInfo as string)).toEqual(body.UserDetails);
    });
  });
});
