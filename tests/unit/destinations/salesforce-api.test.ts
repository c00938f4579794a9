import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { salesforceApiAdapter, type SalesforceApiConfig } from "@/lib/destinations/salesforce-api";
import { clearTokenCache } from "@/lib/destinations/token-cache";
import { startFakeSalesforceApi, type FakeSalesforceApi } from "@/tests/support/fake-crm/fake-salesforce-api";
import { noCustomer, sampleLead } from "@/tests/support/fake-crm/sample-lead";
import { allowLoopbackForFakes, expectNoSecrets, testContext } from "@/tests/support/fake-crm/test-helpers";

allowLoopbackForFakes();
let crm: FakeSalesforceApi;
let config: SalesforceApiConfig;

beforeAll(async () => {
  crm = await startFakeSalesforceApi();
  config = salesforceApiAdapter.configSchema.parse({
    myDomainUrl: crm.url,
    clientId: crm.clientId,
    clientSecret: crm.clientSecret,
  });
});
afterAll(() => crm.close());
beforeEach(() => {
  clearTokenCache();
  crm.requests.length = 0;
  crm.blockDuplicates(false);
});

const send = (lead = sampleLead(), c = config) => salesforceApiAdapter.send(lead, c, testContext());

describe("Salesforce (API) adapter", () => {
  it("signs in with the client credentials flow on My Domain, then creates the Lead and keeps its id", async () => {
    const outcome = await send();
    const [token] = crm.tokenRequests();
    expect(token!.form).toEqual({
      grant_type: "client_credentials",
      client_id: crm.clientId,
      client_secret: crm.clientSecret,
    });
    const [lead] = crm.leadRequests();
    expect(lead!.path).toBe("/services/data/v62.0/sobjects/Lead");
    expect(lead!.headers.authorization).toMatch(/^Bearer 00Dfake!/);
    expect(lead!.json).toEqual({
      FirstName: "Zoë",
      LastName: "Müller",
      Email: "zoe.mueller@contoso.com",
      Phone: "16175555555",
      Country: "USA",
      Company: "Contoso",
      Title: "CTO",
      LeadSource: "AzureMarketplace-INS|contoso.sample-offer",
      Description: expect.stringContaining("Lead desk id: 0b6f8a52-1c3e-4d9a-9f0e-2a7c5e1d4b33"),
    });
    expect(outcome).toMatchObject({
      ok: true,
      httpStatus: 201,
      remoteId: expect.stringMatching(/^00Q[A-Za-z0-9]{15}$/),
    });
    expect(crm.created.has(outcome.remoteId!)).toBe(true);
    expect(outcome.verdict).toBe(`Salesforce created the lead (HTTP 201), id ${outcome.remoteId}.`);
    expect(outcome.request.headers.Authorization).toBe("Bearer ***");
    expectNoSecrets(outcome, [crm.clientSecret, lead!.headers.authorization!.slice(7)]);
  });

  it("keeps the token (Salesforce states no expiry) and refreshes it once when the session expired", async () => {
    await send();
    await send();
    expect(crm.tokenRequests()).toHaveLength(1);
    crm.revokeTokens();
    const outcome = await send();
    expect(outcome.ok).toBe(true);
    expect(crm.tokenRequests()).toHaveLength(2);
    expect(
      crm
        .leadRequests()
        .map((r) => r.headers.authorization)
        .slice(1),
    ).toEqual([
      crm.leadRequests()[0]!.headers.authorization,
      crm.leadRequests()[0]!.headers.authorization,
      expect.not.stringMatching(crm.leadRequests()[0]!.headers.authorization!.replace(/[$()*+.?[\\\]^{|}]/g, "\\$&")),
    ]);
  });

  it("fills Company from the settings' placeholder and LastName from the e-mail, and says so", async () => {
    const outcome = await send(sampleLead({ customer: { ...noCustomer, email: "jane.doe@fabrikam.edu" } }), {
      ...config,
      companyPlaceholder: "Marketplace customer",
    });
    expect(crm.leadRequests()[0]!.json).toMatchObject({ LastName: "jane.doe", Company: "Marketplace customer" });
    expect(outcome.ok).toBe(true);
    expect(outcome.verdict).toContain(
      'Placeholders were sent for what Salesforce requires: last name "jane.doe", company "Marketplace customer".',
    );
  });

  it("DUPLICATES_DETECTED: a permanent failure naming the existing record", async () => {
    const lead = sampleLead({ customer: { ...sampleLead().customer, email: "only.once@contoso.com" } });
    const first = await send(lead);
    crm.blockDuplicates(true);
    const outcome = await send(lead);
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: 400 });
    expect(outcome.remoteId ?? null).toBeNull();
    expect(outcome.verdict).toBe(
      "Salesforce refused the lead (HTTP 400, DUPLICATES_DETECTED): You're creating a duplicate record. We recommend you use " +
        `an existing record instead. A duplicate rule blocks it as a copy of the existing record ${first.remoteId}: let the ` +
        "rule allow duplicates for the connected app's user, or merge the lead by hand.",
    );
    expect(outcome.responseExcerpt).toContain('"duplicateRule":"Standard_Lead_Duplicate_Rule"');
  });

  it("REQUIRED_FIELD_MISSING and INVALID_FIELD: permanent, naming the field", async () => {
    crm.failNext("/services/data/", {
      status: 400,
      body: JSON.stringify([
        {
          message: "Required fields are missing: [Industry]",
          errorCode: "REQUIRED_FIELD_MISSING",
          fields: ["Industry"],
        },
      ]),
    });
    const missing = await send();
    expect(missing).toMatchObject({
      ok: false,
      retryable: false,
      error: "HTTP 400 REQUIRED_FIELD_MISSING: Required fields are missing: [Industry]",
    });
    expect(missing.verdict).toContain(
      "Salesforce requires 'Industry' and this lead has no value for it: map a Lead desk field to it",
    );

    crm.failNext("/services/data/", {
      status: 400,
      body: JSON.stringify([
        { message: "No such column 'Offer__c' on sobject of type Lead", errorCode: "INVALID_FIELD" },
      ]),
    });
    const invalid = await send();
    expect(invalid).toMatchObject({ ok: false, retryable: false });
    expect(invalid.verdict).toMatch(
      /\(HTTP 400, INVALID_FIELD\): No such column 'Offer__c' on sobject of type Lead\. The field does not exist on Lead/,
    );
  });

  it("an expired session that a fresh token does not cure, and the API limit, are retried", async () => {
    await send();
    crm.failNext(
      "/services/data/",
      {
        status: 401,
        body: JSON.stringify([{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }]),
      },
      2,
    );
    const expired = await send();
    expect(crm.tokenRequests()).toHaveLength(2);
    expect(expired).toMatchObject({ ok: false, retryable: true, httpStatus: 401 });
    expect(expired.verdict).toMatch(
      /^Salesforce refused the lead \(HTTP 401, INVALID_SESSION_ID\): Session expired or invalid\. .* The lead will be retried\.$/,
    );

    crm.failNext("/services/data/", {
      status: 403,
      body: JSON.stringify([{ message: "TotalRequests Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" }]),
    });
    expect(await send()).toMatchObject({ ok: false, retryable: true, httpStatus: 403 });
  });

  it("a wrong consumer secret is a permanent sign-in failure, the secret masked", async () => {
    const outcome = await send(sampleLead(), { ...config, clientSecret: "wrong/secret+1" });
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: 400 });
    expect(outcome.verdict).toBe(
      "Sign-in failed before the lead was sent. Salesforce (sign-in) refused the sign-in (HTTP 400, invalid_client): invalid " +
        "client credentials. Check the client id and secret in the destination settings; a secret may have expired or been replaced.",
    );
    expect(crm.leadRequests()).toHaveLength(0);
    expectNoSecrets(outcome, ["wrong/secret+1"]);
  });

  it("success only on 201 with an id: a 200 or an answer without id confirms nothing", async () => {
    crm.failNext("/services/data/", { status: 200, body: "<html>Salesforce login</html>" });
    const html = await send();
    expect(html).toMatchObject({ ok: false, retryable: false, remoteId: null });
    expect(html.verdict).toMatch(/^Salesforce answered HTTP 200 without a new record id/);
    crm.failNext("/services/data/", { status: 201, body: JSON.stringify({ success: true, errors: [] }) });
    expect(await send()).toMatchObject({ ok: false, remoteId: null });
  });

  it("sends the admin's mapping: a custom field from the offer id; a field Salesforce lacks is INVALID_FIELD", async () => {
    const fieldMap = {
      LastName: "lastName",
      Company: "company",
      Email: "email",
      Offer_Id__c: "offerId",
      Status: "stage",
    };
    const outcome = await send(sampleLead(), { ...config, fieldMap });
    expect(crm.leadRequests()[0]!.json).toEqual({
      LastName: "Müller",
      Company: "Contoso",
      Email: "zoe.mueller@contoso.com",
      Offer_Id__c: "contoso.sample-offer",
      Status: "Initial interest",
    });
    expect(outcome.ok).toBe(true);
    expect(outcome.mapped).toContainEqual({
      crmField: "Offer_Id__c",
      leadField: "offerId",
      value: "contoso.sample-offer",
    });

    const withoutExtra = await send(sampleLead(), {
      ...config,
      fieldMap: { ...fieldMap, Partner__c: "extra.partnerId" },
    });
    const lead = sampleLead({ extra: { PartnerId: "p-42" } });
    const withExtra = await send(lead, { ...config, fieldMap: { ...fieldMap, Partner__c: "extra.partnerId" } });
    // Without the extra field the mapping sends nothing for it; with it, the fake org lacks the column.
    expect(withoutExtra.ok).toBe(true);
    expect(withExtra).toMatchObject({
      ok: false,
      retryable: false,
      error: "HTTP 400 INVALID_FIELD: No such column 'Partner__c' on sobject of type Lead",
    });
  });

  it("validates its settings", () => {
    expect(
      salesforceApiAdapter.configSchema.safeParse({ myDomainUrl: "contoso", clientId: "x", clientSecret: "y" }).success,
    ).toBe(false);
    expect(
      salesforceApiAdapter.configSchema.safeParse({
        myDomainUrl: "https://c.my.salesforce.com",
        clientId: "x",
        clientSecret: "y",
        apiVersion: "v62",
      }).success,
    ).toBe(false);
    expect(
      salesforceApiAdapter.configSchema.parse({
        myDomainUrl: "https://c.my.salesforce.com/",
        clientId: "x",
        clientSecret: "y",
      }),
    ).toEqual({
      myDomainUrl: "https://c.my.salesforce.com",
      clientId: "x",
      clientSecret: "y",
      apiVersion: "62.0",
      companyPlaceholder: "Not provided",
      fieldMap: expect.objectContaining({
        LastName: "lastName",
        Company: "company",
        LeadSource: "leadSource",
        Description: "summary",
      }),
    });
  });
});
