import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { salesforceAdapter, type SalesforceConfig } from "@/lib/destinations/salesforce";
import { startFakeSalesforce, type FakeWebToLead } from "@/tests/support/fake-crm/fake-salesforce";
import { noCustomer, sampleLead } from "@/tests/support/fake-crm/sample-lead";
import { allowLoopbackForFakes, testContext, withoutAllowList } from "@/tests/support/fake-crm/test-helpers";

allowLoopbackForFakes();
let crm: FakeWebToLead;
let config: SalesforceConfig;

beforeAll(async () => {
  crm = await startFakeSalesforce();
  config = salesforceAdapter.configSchema.parse({ orgId: "00D5g000004XyZq", baseUrl: crm.url });
});
afterAll(() => crm.close());
beforeEach(() => void (crm.requests.length = 0));

describe("Salesforce Web-to-Lead adapter", () => {
  it("posts the exact Web-to-Lead form fields, UTF-8 encoded", async () => {
    const outcome = await salesforceAdapter.send(sampleLead(), config, testContext());
    const [post] = crm.requests;
    expect(crm.requests).toHaveLength(1);
    expect(post!.method).toBe("POST");
    expect(post!.path).toBe("/servlet/servlet.WebToLead");
    expect(post!.query).toEqual({ encoding: "UTF-8" });
    expect(post!.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(post!.form).toEqual({
      oid: "00D5g000004XyZq",
      first_name: "Zoë",
      last_name: "Müller",
      email: "zoe.mueller@contoso.com",
      company: "Contoso",
      title: "CTO",
      phone: "16175555555",
      country: "USA",
      lead_source: "AzureMarketplace-INS|contoso.sample-offer",
      description: expect.stringContaining("Lead source: AzureMarketplace-INS|contoso.sample-offer\n"),
      encoding: "UTF-8",
    });
    expect(outcome).toMatchObject({ ok: true, retryable: false, httpStatus: 200 });
    // The verdict must not promise more than Salesforce tells us.
    expect(outcome.verdict).toMatch(/answers 200 even when it drops a lead/);
    expect(outcome.verdict).toMatch(/pick-list.*limit.*reCAPTCHA/);
    expect(outcome.verdict).not.toMatch(/placeholder/);
    // oid is not a secret: the log shows it.
    expect(outcome.request.body).toContain("oid=00D5g000004XyZq");
  });

  it("fills Salesforce's required last name and company, and says so", async () => {
    await salesforceAdapter.send(
      sampleLead({ customer: { ...noCustomer, email: "jane.doe@fabrikam.edu" } }),
      config,
      testContext(),
    );
    expect(crm.requests[0]!.form).toMatchObject({ last_name: "jane.doe", company: "Unknown" });
    expect(crm.requests[0]!.form).not.toHaveProperty("first_name");

    const outcome = await salesforceAdapter.send(sampleLead({ customer: noCustomer }), config, testContext());
    expect(crm.requests[1]!.form).toMatchObject({ last_name: "Unknown", company: "Unknown" });
    expect(outcome.verdict).toContain('placeholders were sent: last name "Unknown", company "Unknown"');
  });

  it("rebuilds Source-Action|Offer when the lead source came in parts", async () => {
    const lead = sampleLead({
      leadSource: "AzurePortal",
      source: "AzurePortal",
      action: "Create",
      offerId: "contoso.vm",
    });
    await salesforceAdapter.send(lead, config, testContext());
    expect(crm.requests[0]!.form.lead_source).toBe("AzurePortal-Create|contoso.vm");
  });

  it("classifies faults: 500 retry, 400 permanent, 429 retry with Retry-After, connection drop retry", async () => {
    crm.failNext("/servlet", { status: 500 });
    expect(await salesforceAdapter.send(sampleLead(), config, testContext())).toMatchObject({
      ok: false,
      retryable: true,
      httpStatus: 500,
    });
    crm.failNext("/servlet", { status: 400, body: "Bad Request" });
    expect(await salesforceAdapter.send(sampleLead(), config, testContext())).toMatchObject({
      ok: false,
      retryable: false,
      httpStatus: 400,
    });
    crm.failNext("/servlet", { status: 429, headers: { "Retry-After": "Sun, 22 Nov 2026 13:00:00 GMT" } });
    expect(await salesforceAdapter.send(sampleLead(), config, testContext())).toMatchObject({
      ok: false,
      retryable: true,
      retryAfter: "Sun, 22 Nov 2026 13:00:00 GMT",
    });
    crm.failNext("/servlet", { reset: true });
    expect(await salesforceAdapter.send(sampleLead(), config, testContext())).toMatchObject({
      ok: false,
      retryable: true,
      httpStatus: null,
    });
  });

  it("recognises Salesforce's refusal page (HTTP 200) as a permanent failure with the reason it gives", async () => {
    crm.refuseNext("You're creating a duplicate record. We recommend you use an existing record instead.");
    const outcome = await salesforceAdapter.send(sampleLead(), config, testContext());
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: 200 });
    expect(outcome.verdict).toBe(
      "Salesforce Web-to-Lead refused the lead (HTTP 200): You're creating a duplicate record. We recommend you use an " +
        "existing record instead. A duplicate rule blocked it: let the rule allow Web-to-Lead duplicates, or merge the lead " +
        "by hand. Then replay it.",
    );
    expect(outcome.responseExcerpt).toContain("Salesforce could not create this lead");
    // The next post, without a refusal, is accepted again.
    expect((await salesforceAdapter.send(sampleLead(), config, testContext())).ok).toBe(true);
  });

  it("treats a redirect as a failure and does not follow it", async () => {
    crm.failNext("/servlet", { status: 301, headers: { Location: `${crm.url}/elsewhere` } });
    const outcome = await salesforceAdapter.send(sampleLead(), config, testContext());
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: 301 });
    expect(outcome.verdict).toContain(`redirect (HTTP 301 to ${crm.url}/elsewhere)`);
    expect(crm.requests.map((r) => r.path)).toEqual(["/servlet/servlet.WebToLead"]);
  });

  it("is blocked by the SSRF guard when loopback is not allowed", async () => {
    const outcome = await withoutAllowList(() => salesforceAdapter.send(sampleLead(), config, testContext()));
    expect(outcome).toMatchObject({ ok: false, retryable: false });
    expect(outcome.verdict).toMatch(/loopback/);
    expect(crm.requests).toHaveLength(0);
  });

  it("retries when Salesforce is down", async () => {
    const gone = await startFakeSalesforce();
    await gone.close();
    const outcome = await salesforceAdapter.send(sampleLead(), { ...config, baseUrl: gone.url }, testContext());
    expect(outcome).toMatchObject({ ok: false, retryable: true, httpStatus: null });
  });

  it("validates the organisation id", () => {
    expect(salesforceAdapter.configSchema.safeParse({ orgId: "12345" }).success).toBe(false);
    expect(salesforceAdapter.configSchema.parse({ orgId: "00D5g000004XyZqEAK" })).toEqual({
      orgId: "00D5g000004XyZqEAK",
      baseUrl: "https://webto.salesforce.com",
      fieldMap: expect.objectContaining({ last_name: "lastName", company: "company", lead_source: "leadSource" }),
    });
  });
});
