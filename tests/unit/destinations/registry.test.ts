import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepUnchangedSecrets, openConfig, redactConfig, sealConfig } from "@/lib/destinations/config-secrets";
import {
  destinationAdapters,
  getAdapter,
  isDestinationKind,
  parseDestinationConfig,
} from "@/lib/destinations/registry";
import { sendLead, sendTestLead } from "@/lib/destinations/send";
import { buildTestLead } from "@/lib/destinations/test-lead";
import { destinationKinds } from "@/lib/destinations/types";
import { english } from "@/lib/i18n/translator";
import { localizeIssues } from "@/lib/i18n/validation";
import { startFakeHttpsReceiver, type FakeHttpsReceiver } from "@/tests/support/fake-crm/fake-https-receiver";
import { sampleLead } from "@/tests/support/fake-crm/sample-lead";
import { allowLoopbackForFakes } from "@/tests/support/fake-crm/test-helpers";

allowLoopbackForFakes();

describe("registry", () => {
  it("has one adapter per kind, each describing its form", () => {
    expect(Object.keys(destinationAdapters).sort()).toEqual([...destinationKinds].sort());
    for (const kind of destinationKinds) {
      const adapter = getAdapter(kind);
      expect(adapter.kind).toBe(kind);
      expect(adapter.fields.length).toBeGreaterThan(0);
      for (const field of adapter.fields) expect(field.hint.length, `${kind}.${field.name}`).toBeGreaterThan(10);
    }
    expect(isDestinationKind("MARKETO")).toBe(true);
    expect(isDestinationKind("HUBSPOT")).toBe(false);
  });

  it("names exactly the secret fields of each kind", () => {
    expect(Object.fromEntries(destinationKinds.map((k) => [k, getAdapter(k).secretFields]))).toEqual({
      DYNAMICS: ["clientSecret"],
      SALESFORCE: [],
      SALESFORCE_API: ["clientSecret"],
      MARKETO: ["clientSecret"],
      AZURE_TABLE: ["connectionString", "sasToken"],
      HTTPS: ["headers", "signingSecret"],
    });
  });

  it("reports required fields and defaults for the form", () => {
    const fields = Object.fromEntries(getAdapter("DYNAMICS").fields.map((f) => [f.name, f]));
    expect(fields.clientSecret).toMatchObject({ required: true, secret: true, label: "Client secret" });
    expect(fields.loginUrl).toMatchObject({
      required: false,
      default: "https://login.microsoftonline.com",
      input: "url",
    });
    const marketo = Object.fromEntries(getAdapter("MARKETO").fields.map((f) => [f.name, f]));
    expect(marketo.serverId).toMatchObject({ required: false });
    expect(marketo.munchkinId).toMatchObject({ required: true });
  });

  it("returns field errors for invalid settings", () => {
    const parsed = parseDestinationConfig("DYNAMICS", { instanceUrl: "ftp://x", tenantId: "" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(localizeIssues(parsed.issues, english).fieldErrors).sort()).toEqual([
      "clientId",
      "clientSecret",
      "instanceUrl",
      "tenantId",
    ]);
    const azure = parseDestinationConfig("AZURE_TABLE", {});
    expect(azure.ok || localizeIssues(azure.issues, english).fieldErrors.connectionString).toEqual([
      expect.stringMatching(/connection string, or a table service URL/),
    ]);
  });
});

describe("sendLead and sendTestLead", () => {
  let receiver: FakeHttpsReceiver;
  beforeAll(async () => {
    receiver = await startFakeHttpsReceiver();
  });
  afterAll(() => receiver.close());

  it("turns invalid settings into a permanent failure without sending", async () => {
    const outcome = await sendLead("HTTPS", sampleLead(), { url: "not a url" });
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: null });
    expect(outcome.verdict).toMatch(/^Not sent: the HTTPS endpoint settings are incomplete or invalid \(url: /);
    expect(receiver.requests).toHaveLength(0);
  });

  it("sends a marketplace-style test lead (MSFT_TEST_<ticks>) through the real adapter", async () => {
    const outcome = await sendTestLead("HTTPS", { url: `${receiver.url}/hook` });
    expect(outcome.ok).toBe(true);
    const body = receiver.requests.at(-1)!.json as {
      LeadId: string;
      UserDetails: Record<string, string>;
      Description: string;
    };
    expect(body.LeadId).toMatch(/^test-/);
    expect(body.UserDetails).toMatchObject({
      FirstName: expect.stringMatching(/^MSFT_TEST_\d{18}$/),
      Email: expect.stringMatching(/^MSFT_TEST_\d{18}@test\.com$/),
      Phone: "1234567890",
      Country: "US",
    });
    expect(body.Description).toBe(body.UserDetails.FirstName);
  });

  it("uses .NET ticks like Microsoft's test leads", () => {
    const lead = buildTestLead(new Date("2018-03-27T02:01:23.131Z"));
    expect(lead.customer.firstName).toBe("MSFT_TEST_636577128831310000");
    expect(lead.isTest).toBe(true);
  });
});

describe("config secrets at rest", () => {
  const key = randomBytes(32);
  const https = {
    url: "https://example.com/hook",
    headers: { Authorization: "Bearer abc123" },
    signingSecret: "whsec_0123456789abcdef",
  };

  it("seals only secret fields, including header values, and opens them again", () => {
    const sealed = sealConfig("HTTPS", https, key);
    expect(sealed.url).toBe(https.url);
    expect(JSON.stringify(sealed)).not.toMatch(/abc123|whsec_/);
    expect((sealed.headers as Record<string, string>).Authorization).toMatch(/^v1\./);
    expect(openConfig("HTTPS", sealed, key)).toEqual(https);
    // A sealed value moved to another field does not open.
    const swapped = { ...sealed, signingSecret: (sealed.headers as Record<string, string>).Authorization };
    expect(() => openConfig("HTTPS", swapped, key)).toThrow(/altered/);
  });

  it("blanks secrets for the form and keeps unchanged ones on save", () => {
    const current = { munchkinId: "123-ABC-456", clientId: "id", clientSecret: "real" };
    expect(redactConfig("MARKETO", current)).toEqual({ ...current, clientSecret: "" });
    expect(keepUnchangedSecrets("MARKETO", { ...current, clientId: "id2", clientSecret: "" }, current)).toEqual({
      ...current,
      clientId: "id2",
    });
    expect(keepUnchangedSecrets("MARKETO", { ...current, clientSecret: "new" }, current).clientSecret).toBe("new");
    expect(
      keepUnchangedSecrets("HTTPS", { ...https, headers: { Authorization: "", "X-New": "v" } }, https).headers,
    ).toEqual({
      Authorization: "Bearer abc123",
      "X-New": "v",
    });
  });
});
