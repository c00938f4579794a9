import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { httpsAdapter } from "@/lib/destinations/https-endpoint";
import { signPayload, verifySignature } from "@/lib/destinations/https-signature";
import { startFakeHttpsReceiver, type FakeHttpsReceiver } from "@/tests/support/fake-crm/fake-https-receiver";
import { noCustomer, sampleLead } from "@/tests/support/fake-crm/sample-lead";
import {
  allowLoopbackForFakes,
  expectNoSecrets,
  testContext,
  withoutAllowList,
} from "@/tests/support/fake-crm/test-helpers";

allowLoopbackForFakes();
const signingSecret = "whsec_0123456789abcdef";
let receiver: FakeHttpsReceiver;

beforeAll(async () => {
  receiver = await startFakeHttpsReceiver({ signingSecret });
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.verified.length = 0;
});

const config = () =>
  httpsAdapter.configSchema.parse({
    url: `${receiver.url}/hooks/leads?token=abc`,
    headers: { "X-Api-Key": "key-9f8e7d6c" },
    signingSecret,
  });

describe("HTTPS endpoint adapter", () => {
  it("posts the marketplace JSON plus LeadId, signed, with delivery headers", async () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000); // whole seconds; the receiver checks freshness
    const outcome = await httpsAdapter.send(sampleLead(), config(), testContext({ now, deliveryId: "dlv-42" }));
    const [req] = receiver.requests;
    expect(req!.path).toBe("/hooks/leads");
    expect(req!.query).toEqual({ token: "abc" });
    expect(req!.json).toEqual({
      LeadId: "0b6f8a52-1c3e-4d9a-9f0e-2a7c5e1d4b33",
      UserDetails: {
        FirstName: "Zoë",
        LastName: "Müller",
        Email: "zoe.mueller@contoso.com",
        Phone: "16175555555",
        Country: "USA",
        Company: "Contoso",
        Title: "CTO",
      },
      LeadSource: "AzureMarketplace-INS|contoso.sample-offer",
      ActionCode: "INS",
      OfferTitle: "Contoso Sample Offer",
      Description: "Campaigns: spring-launch",
    });
    expect(req!.headers["content-type"]).toBe("application/json");
    expect(req!.headers["x-leaddesk-delivery"]).toBe("dlv-42");
    expect(req!.headers["x-leaddesk-timestamp"]).toBe(String(now.getTime() / 1000));
    expect(req!.headers["x-api-key"]).toBe("key-9f8e7d6c");
    expect(req!.headers["x-leaddesk-signature"]).toBe(signPayload(signingSecret, now.getTime() / 1000, req!.body));
    expect(
      verifySignature(
        signingSecret,
        String(now.getTime() / 1000),
        req!.body,
        req!.headers["x-leaddesk-signature"] as string,
        { now },
      ),
    ).toBe(true);

    expect(outcome).toMatchObject({ ok: true, httpStatus: 202 });
    expect(outcome.request.headers["X-Api-Key"]).toBe("***");
    expect(outcome.request.headers["X-LeadDesk-Delivery"]).toBe("dlv-42");
    expectNoSecrets(outcome, [signingSecret, "key-9f8e7d6c"]);
  });

  it("is verified by a receiver checking the signature at the current time", async () => {
    const outcome = await httpsAdapter.send(sampleLead(), config(), testContext());
    expect(outcome.ok).toBe(true);
    expect(receiver.verified).toHaveLength(1);
  });

  it("sends empty strings for missing customer fields, as the marketplace does", async () => {
    await httpsAdapter.send(sampleLead({ customer: noCustomer }), config(), testContext());
    expect((receiver.requests[0]!.json as { UserDetails: Record<string, string> }).UserDetails).toEqual({
      FirstName: "",
      LastName: "",
      Email: "",
      Phone: "",
      Country: "",
      Company: "",
      Title: "",
    });
  });

  it("a wrong signing secret is refused by the receiver: permanent", async () => {
    const outcome = await httpsAdapter.send(
      sampleLead(),
      { ...config(), signingSecret: "another-secret-0000" },
      testContext(),
    );
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: 401 });
    expect(outcome.verdict).toContain("bad signature");
    expect(receiver.verified).toHaveLength(0);
  });

  it("omits the signature header when no secret is set", async () => {
    const plain = await startFakeHttpsReceiver();
    const outcome = await httpsAdapter.send(
      sampleLead(),
      httpsAdapter.configSchema.parse({ url: plain.url }),
      testContext(),
    );
    expect(outcome.ok).toBe(true);
    expect(plain.requests[0]!.headers).not.toHaveProperty("x-leaddesk-signature");
    await plain.close();
  });

  it("classifies faults: 500, 400, 429 + Retry-After, reset, down", async () => {
    receiver.failNext("/hooks", { status: 500 });
    expect(await httpsAdapter.send(sampleLead(), config(), testContext())).toMatchObject({
      ok: false,
      retryable: true,
      httpStatus: 500,
    });
    receiver.failNext("/hooks", { status: 400, body: '{"message":"LeadId missing"}' });
    const e400 = await httpsAdapter.send(sampleLead(), config(), testContext());
    expect(e400).toMatchObject({ ok: false, retryable: false, httpStatus: 400, error: "HTTP 400: LeadId missing" });
    receiver.failNext("/hooks", { status: 503, headers: { "Retry-After": "120" } });
    expect(await httpsAdapter.send(sampleLead(), config(), testContext())).toMatchObject({
      ok: false,
      retryable: true,
      retryAfter: "120",
    });
    receiver.failNext("/hooks", { reset: true });
    expect(await httpsAdapter.send(sampleLead(), config(), testContext())).toMatchObject({
      ok: false,
      retryable: true,
      httpStatus: null,
    });
    const gone = await startFakeHttpsReceiver();
    await gone.close();
    expect(await httpsAdapter.send(sampleLead(), { ...config(), url: gone.url }, testContext())).toMatchObject({
      ok: false,
      retryable: true,
    });
  });

  it("caps the response excerpt at 2 KB", async () => {
    receiver.failNext("/hooks", { status: 500, body: "é".repeat(5000) });
    const outcome = await httpsAdapter.send(sampleLead(), config(), testContext());
    expect(Buffer.byteLength(outcome.responseExcerpt)).toBeLessThanOrEqual(2048);
    expect(outcome.responseExcerpt).toBe("é".repeat(1024));
  });

  it("is blocked by the SSRF guard for a private address unless allowed", async () => {
    const outcome = await withoutAllowList(() => httpsAdapter.send(sampleLead(), config(), testContext()));
    expect(outcome).toMatchObject({ ok: false, retryable: false });
    expect(receiver.requests).toHaveLength(0);
    const metadata = await httpsAdapter.send(
      sampleLead(),
      { ...config(), url: "http://169.254.169.254/latest/meta-data/" },
      testContext(),
    );
    expect(metadata.verdict).toMatch(/link-local/);
  });

  it("refuses reserved header names in the config", () => {
    const result = httpsAdapter.configSchema.safeParse({
      url: "https://example.com",
      headers: { "X-LeadDesk-Signature": "x" },
    });
    expect(result.success).toBe(false);
  });
});

describe("verifySignature", () => {
  const ts = 1_795_000_000;
  const now = new Date(ts * 1000);
  const body = '{"LeadId":"1"}';
  const header = signPayload("s3cret-s3cret-s3cret", ts, body);

  it("accepts the genuine signature and rejects tampering, other secrets and stale timestamps", () => {
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature("s3cret-s3cret-s3cret", ts, body, header, { now })).toBe(true);
    expect(verifySignature("s3cret-s3cret-s3cret", ts, body + " ", header, { now })).toBe(false);
    expect(verifySignature("other-secret-000000", ts, body, header, { now })).toBe(false);
    expect(verifySignature("s3cret-s3cret-s3cret", ts + 1, body, header, { now })).toBe(false);
    expect(verifySignature("s3cret-s3cret-s3cret", ts, body, header, { now: new Date((ts + 301) * 1000) })).toBe(false);
    expect(
      verifySignature("s3cret-s3cret-s3cret", ts, body, header, {
        now: new Date((ts + 301) * 1000),
        toleranceSeconds: Infinity,
      }),
    ).toBe(true);
    expect(verifySignature("s3cret-s3cret-s3cret", ts, body, undefined, { now })).toBe(false);
  });
});
