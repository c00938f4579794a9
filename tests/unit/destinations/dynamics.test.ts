import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dynamicsAdapter, type DynamicsConfig } from "@/lib/destinations/dynamics";
import { clearTokenCache } from "@/lib/destinations/token-cache";
import { startFakeDynamics, type FakeDynamics } from "@/tests/support/fake-crm/fake-dynamics";
import { noCustomer, sampleLead } from "@/tests/support/fake-crm/sample-lead";
import {
  allowLoopbackForFakes,
  expectNoSecrets,
  testContext,
  withoutAllowList,
} from "@/tests/support/fake-crm/test-helpers";

allowLoopbackForFakes();
let crm: FakeDynamics;
let config: DynamicsConfig;

beforeAll(async () => {
  crm = await startFakeDynamics();
  config = dynamicsAdapter.configSchema.parse({
    instanceUrl: `${crm.url}/`,
    tenantId: "contoso-tenant",
    clientId: "app-id",
    clientSecret: crm.clientSecret,
    loginUrl: crm.url,
  });
});
afterAll(() => crm.close());
beforeEach(() => {
  clearTokenCache();
  crm.requests.length = 0;
});

describe("Dynamics 365 adapter", () => {
  it("gets a client-credentials token, then creates the lead with the exact Dataverse fields", async () => {
    const started = performance.now();
    const outcome = await dynamicsAdapter.send(sampleLead(), config, testContext());
    const wallMs = performance.now() - started;

    const [token] = crm.tokenRequests();
    expect(crm.tokenRequests()).toHaveLength(1);
    expect(token!.path).toBe("/contoso-tenant/oauth2/v2.0/token");
    expect(token!.form).toEqual({
      grant_type: "client_credentials",
      client_id: "app-id",
      client_secret: crm.clientSecret,
      scope: `${crm.url}/.default`,
    });

    const [lead] = crm.leadRequests();
    expect(lead!.headers.authorization).toMatch(/^Bearer entra-token-\d+-/);
    expect(lead!.headers["odata-version"]).toBe("4.0");
    expect(lead!.json).toEqual({
      firstname: "Zoë",
      lastname: "Müller",
      emailaddress1: "zoe.mueller@contoso.com",
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
        "Lead desk id: 0b6f8a52-1c3e-4d9a-9f0e-2a7c5e1d4b33",
    });

    expect(outcome.ok).toBe(true);
    expect(outcome.httpStatus).toBe(204);
    expect(outcome.remoteId).toMatch(/^[0-9a-f-]{36}$/);
    expect(outcome.verdict).toContain(`created the lead (HTTP 204), id ${outcome.remoteId}`);
    expect(outcome.request.url).toBe(`${crm.url}/api/data/v9.2/leads`);
    expect(outcome.request.headers.Authorization).toBe("Bearer ***");
    // The recorded latency is the request's own time: never more than the whole call took.
    expect(outcome.latencyMs).toBeLessThanOrEqual(Math.ceil(wallMs));
    const issued = lead!.headers.authorization!.slice("Bearer ".length);
    expectNoSecrets(outcome, [crm.clientSecret, issued]);
  });

  it("leaves out missing customer fields instead of blanking them in the CRM", async () => {
    await dynamicsAdapter.send(sampleLead({ customer: { ...noCustomer, email: "a@b.co" } }), config, testContext());
    expect(Object.keys(crm.leadRequests()[0]!.json as object).sort()).toEqual([
      "description",
      "emailaddress1",
      "subject",
    ]);
  });

  it("caches the token across sends", async () => {
    await dynamicsAdapter.send(sampleLead(), config, testContext());
    const second = await dynamicsAdapter.send(sampleLead({ id: "lead-2" }), config, testContext());
    expect(second.ok).toBe(true);
    expect(crm.tokenRequests()).toHaveLength(1);
    expect(crm.leadRequests()).toHaveLength(2);
  });

  it("shares one token request between concurrent sends", async () => {
    const outcomes = await Promise.all(
      [1, 2, 3].map((i) => dynamicsAdapter.send(sampleLead({ id: `lead-${i}` }), config, testContext())),
    );
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    expect(crm.tokenRequests()).toHaveLength(1);
    for (const o of outcomes) expect(o.request.headers.Authorization).toBe("Bearer ***");
  });

  it("fetches a new token when the cached one has expired by the clock", async () => {
    const now = new Date();
    await dynamicsAdapter.send(sampleLead(), config, testContext({ now }));
    await dynamicsAdapter.send(sampleLead(), config, testContext({ now: new Date(now.getTime() + 3600_000) }));
    expect(crm.tokenRequests()).toHaveLength(2);
  });

  it("refreshes once when Dataverse rejects a cached token (401)", async () => {
    await dynamicsAdapter.send(sampleLead(), config, testContext());
    crm.revokeTokens();
    const outcome = await dynamicsAdapter.send(sampleLead(), config, testContext());
    expect(outcome.ok).toBe(true);
    expect(crm.tokenRequests()).toHaveLength(2);
    const [t1, t2, t3] = crm.leadRequests().map((r) => r.headers.authorization);
    expect(t2).toBe(t1); // the cached token, rejected
    expect(t3).not.toBe(t1); // one retry with a fresh token
  });

  it("reports a wrong client secret as a permanent sign-in failure without echoing the secret", async () => {
    const bad = { ...config, clientSecret: "wrong-secret-123" };
    const outcome = await dynamicsAdapter.send(sampleLead(), bad, testContext());
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: 401 });
    expect(outcome.verdict).toBe(
      "Sign-in failed before the lead was sent. Microsoft Entra ID (sign-in) refused the sign-in (HTTP 401, invalid_client): " +
        "AADSTS7000215: Invalid client secret provided. The client secret is wrong or expired: create a new one and enter its Value.",
    );
    expect(outcome.request.body).toContain("client_secret=***");
    expect(crm.leadRequests()).toHaveLength(0);
    expectNoSecrets(outcome, ["wrong-secret-123"]);
  });

  it("classifies server faults: 500 retry, 400 permanent, 429 retry with Retry-After", async () => {
    crm.failNext("/api/data", { status: 500, body: '{"error":{"code":"0x0","message":"Generic SQL error."}}' });
    const e500 = await dynamicsAdapter.send(sampleLead(), config, testContext());
    expect(e500).toMatchObject({ ok: false, retryable: true, httpStatus: 500 });
    expect(e500.verdict).toContain("Generic SQL error.");

    crm.failNext("/api/data", {
      status: 400,
      body: '{"error":{"code":"0x80040203","message":"Invalid property \'x\'"}}',
    });
    const e400 = await dynamicsAdapter.send(sampleLead(), config, testContext());
    expect(e400).toMatchObject({
      ok: false,
      retryable: false,
      httpStatus: 400,
      error: "HTTP 400 0x80040203: Invalid property 'x'",
    });
    expect(e400.verdict).toMatch(
      /refused the lead \(HTTP 400, 0x80040203\): Invalid property 'x'\. Retrying will not help/,
    );
    // The raw answer is kept as it came.
    expect(e400.responseExcerpt).toBe('{"error":{"code":"0x80040203","message":"Invalid property \'x\'"}}');

    crm.failNext("/api/data", { status: 429, headers: { "Retry-After": "17" }, body: "{}" });
    const e429 = await dynamicsAdapter.send(sampleLead(), config, testContext());
    expect(e429).toMatchObject({ ok: false, retryable: true, httpStatus: 429, retryAfter: "17" });
    expect(e429.verdict).toContain("wait 17 s");
  });

  it("retries when the token endpoint is down (500) or the connection drops", async () => {
    crm.failNext("/contoso-tenant", { status: 503 });
    expect(await dynamicsAdapter.send(sampleLead(), config, testContext())).toMatchObject({
      ok: false,
      retryable: true,
      httpStatus: 503,
    });
    crm.failNext("/api/data", { reset: true });
    const reset = await dynamicsAdapter.send(sampleLead(), config, testContext());
    expect(reset).toMatchObject({ ok: false, retryable: true, httpStatus: null });
    expect(reset.verdict).toMatch(/^Could not reach Dynamics 365/);
  });

  it("times out a request that gets no answer", async () => {
    crm.failNext("/api/data", { hang: true });
    const outcome = await dynamicsAdapter.send(sampleLead(), config, testContext({ timeoutMs: 300 }));
    expect(outcome).toMatchObject({ ok: false, retryable: true, httpStatus: null });
    expect(outcome.error).toBe("no answer within 300 ms");
  });

  it("is blocked by the SSRF guard when 127.0.0.1 is not allowed, and sends nothing", async () => {
    const outcome = await withoutAllowList(() => dynamicsAdapter.send(sampleLead(), config, testContext()));
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: null });
    expect(outcome.verdict).toMatch(/Blocked outbound request to 127\.0\.0\.1: loopback.*OUTBOUND_ALLOW_HOSTS/);
    expect(crm.requests).toHaveLength(0);
  });
});

describe("a Dynamics server that is down", () => {
  it("is a retryable failure", async () => {
    const gone = await startFakeDynamics();
    const url = gone.url;
    await gone.close();
    const outcome = await dynamicsAdapter.send(
      sampleLead(),
      { ...config, loginUrl: url, instanceUrl: url },
      testContext(),
    );
    expect(outcome).toMatchObject({ ok: false, retryable: true, httpStatus: null });
    expect(outcome.error).toMatch(/ECONNREFUSED/);
  });
});
