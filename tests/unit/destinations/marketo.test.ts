import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { marketoAdapter, type MarketoConfig } from "@/lib/destinations/marketo";
import { clearTokenCache } from "@/lib/destinations/token-cache";
import { startFakeMarketo, type FakeMarketo } from "@/tests/support/fake-crm/fake-marketo";
import { sampleLead } from "@/tests/support/fake-crm/sample-lead";
import {
  allowLoopbackForFakes,
  expectNoSecrets,
  testContext,
  withoutAllowList,
} from "@/tests/support/fake-crm/test-helpers";

allowLoopbackForFakes();
let crm: FakeMarketo;
let config: MarketoConfig;

beforeAll(async () => {
  crm = await startFakeMarketo();
  config = marketoAdapter.configSchema.parse({
    munchkinId: "123-ABC-456",
    clientId: "mkto-client",
    clientSecret: crm.clientSecret,
    serverId: "ys12",
    formId: "1179",
    baseUrl: crm.url,
  });
});
afterAll(() => crm.close());
beforeEach(() => {
  clearTokenCache();
  crm.requests.length = 0;
});

const send = () => marketoAdapter.send(sampleLead(), config, testContext());

describe("Marketo REST adapter", () => {
  it("gets a token with client credentials and upserts the lead by e-mail", async () => {
    const outcome = await send();
    const [token] = crm.tokenRequests();
    expect(token!.method).toBe("GET");
    expect(token!.query).toEqual({
      grant_type: "client_credentials",
      client_id: "mkto-client",
      client_secret: crm.clientSecret,
    });

    const [lead] = crm.leadRequests();
    expect(lead!.headers.authorization).toMatch(/^Bearer mkto-[0-9a-f-]+:ab$/);
    expect(lead!.json).toEqual({
      action: "createOrUpdate",
      lookupField: "email",
      input: [
        {
          firstName: "Zoë",
          lastName: "Müller",
          email: "zoe.mueller@contoso.com",
          phone: "16175555555",
          country: "USA",
          company: "Contoso",
          title: "CTO",
          leadSource: "AzureMarketplace-INS|contoso.sample-offer",
        },
      ],
    });
    expect(outcome).toMatchObject({ ok: true, httpStatus: 200, remoteId: "1000" });
    expect(outcome.verdict).toBe("Marketo created the lead (id 1000).");
    expect(outcome.request.headers.Authorization).toBe("Bearer ***");
    expectNoSecrets(outcome, [crm.clientSecret, lead!.headers.authorization!.slice(7)]);
  });

  it("uses https://<munchkin>.mktorest.com when no base URL is given", async () => {
    const outcome = await withoutAllowList(() =>
      marketoAdapter.send(
        sampleLead(),
        { ...config, baseUrl: undefined },
        testContext({
          fetch: async (url) => {
            throw Object.assign(new Error(`offline: ${url}`), { code: "ENOTFOUND" });
          },
        }),
      ),
    );
    expect(outcome.request.url).toBe(
      "https://123-ABC-456.mktorest.com/identity/oauth/token?grant_type=client_credentials&client_id=mkto-client&client_secret=***",
    );
    expect(outcome.retryable).toBe(true);
  });

  it("caches the token across sends", async () => {
    await send();
    await send();
    expect(crm.tokenRequests()).toHaveLength(1);
    expect(crm.leadRequests()).toHaveLength(2);
  });

  it("refreshes the token once on 602 (expired) and succeeds", async () => {
    await send();
    crm.expireTokens();
    const outcome = await send();
    expect(outcome.ok).toBe(true);
    expect(crm.tokenRequests()).toHaveLength(2);
    expect(crm.leadRequests()).toHaveLength(3);
  });

  it("reports a skipped lead as a permanent failure with Marketo's reason", async () => {
    crm.nextLeadsReply({ skipped: { code: "1003", message: "Value for required field 'lastName' is missing" } });
    const outcome = await send();
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: 200 });
    expect(outcome.verdict).toBe(
      "Marketo refused the lead (HTTP 200, 1003): Value for required field 'lastName' is missing. Marketo requires the field " +
        "'lastName' and this lead has no value for it: map a Lead desk field to it, or make it optional in Marketo.",
    );
    expect(outcome.error).toBe("HTTP 200 1003: Value for required field 'lastName' is missing");
  });

  it("retries on rate limit, quota and concurrency errors (606/607/615), not on others", async () => {
    for (const code of ["606", "607", "615"]) {
      crm.nextLeadsReply({ error: { code, message: "Max rate limit '100' exceeded with in '20' secs" } });
      const outcome = await send();
      expect(outcome).toMatchObject({ ok: false, retryable: true });
      expect(outcome.verdict).toMatch(
        new RegExp(`^Marketo refused the lead \\(HTTP 200, ${code}\\): Max rate limit .*The lead will be retried\\.$`),
      );
    }
    crm.nextLeadsReply({ error: { code: "603", message: "Access denied" } });
    expect(await send()).toMatchObject({ ok: false, retryable: false });
  });

  it("reports bad credentials as a permanent sign-in failure, secret masked in the URL", async () => {
    const outcome = await marketoAdapter.send(
      sampleLead(),
      { ...config, clientSecret: "not/the+secret" },
      testContext(),
    );
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: 401 });
    expect(outcome.verdict).toMatch(/Sign-in failed.*Bad client credentials/);
    expect(outcome.request.url).toMatch(/client_secret=\*\*\*$/);
    expectNoSecrets(outcome, ["not/the+secret"]);
    expect(crm.leadRequests()).toHaveLength(0);
  });

  it("classifies HTTP faults: 500 retry, 400 permanent, 429 with Retry-After, connection drop", async () => {
    crm.failNext("/rest/", { status: 500 });
    expect(await send()).toMatchObject({ ok: false, retryable: true, httpStatus: 500 });
    crm.failNext("/rest/", { status: 400 });
    expect(await send()).toMatchObject({ ok: false, retryable: false, httpStatus: 400 });
    crm.failNext("/rest/", { status: 429, headers: { "Retry-After": "20" } });
    expect(await send()).toMatchObject({ ok: false, retryable: true, retryAfter: "20" });
    crm.failNext("/rest/", { reset: true });
    expect(await send()).toMatchObject({ ok: false, retryable: true, httpStatus: null });
  });

  it("retries when Marketo is down", async () => {
    const gone = await startFakeMarketo();
    await gone.close();
    expect(await marketoAdapter.send(sampleLead(), { ...config, baseUrl: gone.url }, testContext())).toMatchObject({
      ok: false,
      retryable: true,
      httpStatus: null,
    });
  });
});
