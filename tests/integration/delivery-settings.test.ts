// Destination settings as stored: secrets sealed at rest and kept when left
// blank, the SSRF guard at save time, filters, the test send and health.
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getDestination } from "@/lib/destinations/manage-destination";
import { listDestinations } from "@/lib/destinations/list-destinations";
import { saveDestination } from "@/lib/destinations/save-destination";
import { sendDestinationTest } from "@/lib/delivery/send-destination-test";
import { fromStoredConfig } from "@/lib/destinations/stored-config";
import { startFakeDynamics } from "@/tests/support/fake-crm/fake-dynamics";
import { startFakeSalesforceApi } from "@/tests/support/fake-crm/fake-salesforce-api";
import { startFakeHttpsReceiver } from "@/tests/support/fake-crm/fake-https-receiver";
import { allowLoopbackForFakes, withoutAllowList } from "@/tests/support/fake-crm/test-helpers";
import { createDestination, deliveryOf, drain, marketplaceBody, postLead } from "@/tests/support/delivery";
import { outcome } from "@/tests/support/outcome";

allowLoopbackForFakes();
afterEach(async () => {
  await (await getDb()).destination.deleteMany({});
});

const base = {
  name: "CRM",
  enabled: true,
  sources: [],
  actions: [],
  stages: [],
  includeTest: false,
  includeDoNotContact: false,
};

describe("destination settings", () => {
  it("seals secrets at rest: the raw row never holds the plain secret, and the form never gets it", async () => {
    const secret = "dyn-secret-Qw3rty!&=";
    const id = await createDestination("DYNAMICS", {
      instanceUrl: "https://contoso.crm4.dynamics.com",
      tenantId: "t",
      clientId: "c",
      clientSecret: secret,
    });
    const db = await getDb();
    const [raw] = await db.$queryRaw<
      { row: string }[]
    >`SELECT row_to_json(d)::text AS row FROM "destinations" d WHERE "id" = ${id}::uuid`;
    expect(raw!.row).not.toContain(secret);
    expect(raw!.row).toContain("contoso.crm4.dynamics.com");
    const stored = await db.destination.findUniqueOrThrow({ where: { id } });
    expect(JSON.parse(stored.secrets!).clientSecret).toMatch(/^v1\./);
    expect(stored.config).not.toHaveProperty("clientSecret");

    const form = await getDestination(id);
    expect(JSON.stringify(form)).not.toContain(secret);
    expect(JSON.stringify(form)).not.toContain(stored.secrets!);
    expect(form!.storedSecrets).toEqual(["clientSecret"]);
  });

  it("keeps a secret left blank on edit, replaces a typed one, and clears an optional one on request", async () => {
    const id = await createDestination("HTTPS", {
      url: "https://example.com/a",
      signingSecret: "s".repeat(20),
      headers: { Authorization: "Bearer one" },
    });
    const db = await getDb();
    const open = async () => fromStoredConfig(await db.destination.findUniqueOrThrow({ where: { id } }));

    expect(
      await outcome(
        saveDestination(
          {
            ...base,
            kind: "HTTPS",
            config: { url: "https://example.com/b", signingSecret: "", headers: { Authorization: "" } },
          },
          id,
        ),
      ),
    ).toMatchObject({ ok: true });
    expect(await open()).toEqual({
      url: "https://example.com/b",
      signingSecret: "s".repeat(20),
      headers: { Authorization: "Bearer one" },
    });

    await outcome(
      saveDestination(
        {
          ...base,
          kind: "HTTPS",
          config: {
            url: "https://example.com/b",
            signingSecret: "t".repeat(20),
            headers: { Authorization: "Bearer two", "X-Extra": "x" },
          },
        },
        id,
      ),
    );
    expect(await open()).toEqual({
      url: "https://example.com/b",
      signingSecret: "t".repeat(20),
      headers: { Authorization: "Bearer two", "X-Extra": "x" },
    });

    await outcome(
      saveDestination(
        {
          ...base,
          kind: "HTTPS",
          config: { url: "https://example.com/b", headers: {} },
          clearSecrets: ["signingSecret"],
        },
        id,
      ),
    );
    expect(await open()).toEqual({ url: "https://example.com/b" });
  });

  it("asks for the secrets again when an edit points the destination elsewhere, and stores nothing until then", async () => {
    const db = await getDb();
    const headers = { Authorization: "Bearer one" };
    const id = await createDestination("HTTPS", {
      url: "https://example.com/a",
      signingSecret: "s".repeat(20),
      headers,
    });
    const open = async () => fromStoredConfig(await db.destination.findUniqueOrThrow({ where: { id } }));
    for (const url of [
      "https://evil.example/a",
      "http://example.com/a",
      "https://example.com:8443/a",
      "https://sub.example.com/a",
    ]) {
      const moved = await outcome(
        saveDestination(
          { ...base, kind: "HTTPS", config: { url, signingSecret: "", headers: { Authorization: "" } } },
          id,
        ),
      );
      expect(moved.ok, url).toBe(false);
      if (moved.ok) return;
      expect(Object.keys(moved.fieldErrors).sort(), url).toEqual(["config.headers", "config.signingSecret"]);
      expect(moved.fieldErrors["config.headers"]![0]).toMatch(/^Enter this again: Endpoint URL changed/);
      expect(await open()).toEqual({ url: "https://example.com/a", signingSecret: "s".repeat(20), headers });
    }
    // Secrets entered again (or cleared) go with the new address.
    const saved = await outcome(
      saveDestination(
        {
          ...base,
          kind: "HTTPS",
          config: { url: "https://other.example/a", headers: { Authorization: "Bearer two" } },
          clearSecrets: ["signingSecret"],
        },
        id,
      ),
    );
    expect(saved.ok).toBe(true);
    expect(await open()).toEqual({ url: "https://other.example/a", headers: { Authorization: "Bearer two" } });

    // Dynamics: a new environment, tenant or sign-in host each need the client secret again; a new client id does not.
    const dyn = {
      instanceUrl: "https://contoso.crm4.dynamics.com",
      tenantId: "t",
      clientId: "c",
      clientSecret: "dyn-secret",
    };
    const dynId = await createDestination("DYNAMICS", dyn);
    for (const change of [
      { instanceUrl: "https://evil.crm4.dynamics.com" },
      { tenantId: "t2" },
      { loginUrl: "https://login.evil.example" },
    ]) {
      const moved = await outcome(
        saveDestination({ ...base, kind: "DYNAMICS", config: { ...dyn, clientSecret: "", ...change } }, dynId),
      );
      expect(moved.ok ? [] : Object.keys(moved.fieldErrors), JSON.stringify(change)).toEqual(["config.clientSecret"]);
    }
    expect(
      (
        await outcome(
          saveDestination({ ...base, kind: "DYNAMICS", config: { ...dyn, clientSecret: "", clientId: "c2" } }, dynId),
        )
      ).ok,
    ).toBe(true);

    // Marketo: another instance. Azure Table: another account URL.
    const mkto = { munchkinId: "123-ABC-456", clientId: "id", clientSecret: "mkto-secret" };
    const mktoId = await createDestination("MARKETO", mkto);
    expect(
      (
        await outcome(
          saveDestination(
            { ...base, kind: "MARKETO", config: { ...mkto, clientSecret: "", munchkinId: "999-XYZ-999" } },
            mktoId,
          ),
        )
      ).ok,
    ).toBe(false);
    expect(
      (
        await outcome(
          saveDestination(
            { ...base, kind: "MARKETO", config: { ...mkto, clientSecret: "", baseUrl: "https://evil.example" } },
            mktoId,
          ),
        )
      ).ok,
    ).toBe(false);
    const azure = {
      accountUrl: "https://contoso.table.core.windows.net",
      sasToken: "sv=2024&sig=abc",
      tableName: "Leads",
    };
    const azureId = await createDestination("AZURE_TABLE", azure);
    const azureMoved = await outcome(
      saveDestination(
        {
          ...base,
          kind: "AZURE_TABLE",
          config: { ...azure, sasToken: "", accountUrl: "https://evil.table.core.windows.net" },
        },
        azureId,
      ),
    );
    expect(azureMoved.ok ? [] : Object.keys(azureMoved.fieldErrors)).toEqual(["config.sasToken"]);
  });

  it("validates per kind with field errors, and a missing required secret on create is required", async () => {
    const result = await outcome(
      saveDestination({ ...base, kind: "SALESFORCE", config: { orgId: "nope", baseUrl: "ftp://x" } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors["config.orgId"]![0]).toMatch(/starts with 00D/);
    expect(result.fieldErrors["config.baseUrl"]![0]).toMatch(/http/);
    const dyn = await outcome(
      saveDestination({
        ...base,
        kind: "DYNAMICS",
        config: { instanceUrl: "https://x.crm.dynamics.com", tenantId: "t", clientId: "c", clientSecret: "" },
      }),
    );
    expect(dyn).toMatchObject({ ok: false, fieldErrors: { "config.clientSecret": ["Required."] } });
    expect(await outcome(saveDestination({ ...base, name: " ", kind: "SALESFORCE", config: {} }))).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.any(String)] },
    });
  });

  it("refuses private and loopback addresses unless OUTBOUND_ALLOW_HOSTS names them", async () => {
    const blocked = await withoutAllowList(() =>
      outcome(saveDestination({ ...base, kind: "HTTPS", config: { url: "http://127.0.0.1:9/hook" } })),
    );
    expect(blocked).toMatchObject({
      ok: false,
      fieldErrors: { "config.url": [expect.stringMatching(/Blocked outbound request to 127\.0\.0\.1: loopback/)] },
    });
    const metadata = await withoutAllowList(() =>
      outcome(
        saveDestination({
          ...base,
          kind: "DYNAMICS",
          config: { instanceUrl: "http://169.254.169.254", tenantId: "t", clientId: "c", clientSecret: "s" },
        }),
      ),
    );
    expect(metadata).toMatchObject({
      ok: false,
      fieldErrors: { "config.instanceUrl": [expect.stringMatching(/link-local/)] },
    });
    // Allowed by name (set for this file): saved.
    expect(
      await outcome(saveDestination({ ...base, kind: "HTTPS", config: { url: "http://127.0.0.1:9/hook" } })),
    ).toMatchObject({ ok: true });
  });

  it("forwards only what the filters let through; test and do-not-contact leads need opting in", async () => {
    const receiver = await startFakeHttpsReceiver();
    try {
      const plain = await createDestination("HTTPS", { url: `${receiver.url}/plain` }, { actions: ["PLT"] });
      const optIn = await createDestination(
        "HTTPS",
        { url: `${receiver.url}/all` },
        { includeTest: true, includeDoNotContact: true },
      );
      const plt = await postLead(marketplaceBody({ LeadSource: "SPZA-PLT|p.o", ActionCode: "PLT" }));
      const ins = await postLead(marketplaceBody());
      const dnc = await postLead(marketplaceBody({ LeadSource: "SPZA-DNC|p.o", ActionCode: "DNC" }));
      const test = await postLead(marketplaceBody({ Description: "MSFT_TEST_636573304831318844" }));
      await drain();
      expect(receiver.received("/plain").map((r) => (r.json as { LeadId: string }).LeadId)).toEqual([plt]);
      expect(
        receiver
          .received("/all")
          .map((r) => (r.json as { LeadId: string }).LeadId)
          .sort(),
      ).toEqual([plt, ins, dnc, test].sort());
      expect((await deliveryOf(plt, plain)).state).toBe("DELIVERED");
      expect((await deliveryOf(test, optIn)).state).toBe("DELIVERED");
    } finally {
      await receiver.close();
    }
  });

  it("sends a marketplace-style test lead now and logs it as a test attempt, secrets masked", async () => {
    const crm = await startFakeDynamics();
    try {
      const id = await createDestination("DYNAMICS", {
        instanceUrl: crm.url,
        loginUrl: crm.url,
        tenantId: "t1",
        clientId: "app-id",
        clientSecret: crm.clientSecret,
      });
      const started = performance.now();
      const outcome = await sendDestinationTest(id);
      const wallMs = performance.now() - started;
      expect(outcome).toMatchObject({ ok: true, httpStatus: 204 });
      expect(outcome.verdict).toMatch(/created the lead/);
      const sent = crm.leadRequests()[0]!.json as Record<string, string>;
      expect(sent.emailaddress1).toMatch(/^MSFT_TEST_\d+@test\.com$/);
      expect(sent.subject).toMatch(/^\[TEST\] /);
      const db = await getDb();
      const [attempt] = await db.deliveryAttempt.findMany({ where: { destinationId: id } });
      expect(attempt).toMatchObject({ test: true, deliveryId: null, ok: true, httpStatus: 204 });
      expect(attempt!.latencyMs).toBeLessThanOrEqual(Math.ceil(wallMs));
      expect(JSON.stringify(attempt)).not.toContain(crm.clientSecret);
      expect((attempt!.request as { headers: Record<string, string> }).headers.Authorization).toBe("Bearer ***");
      // A test send is not a delivery: health counts real attempts only.
      const [listed] = await listDestinations();
      expect(listed!.health).toMatchObject({ lastSuccessAt: null, attempts24h: 0, queued: 0 });
    } finally {
      await crm.close();
    }
  });

  it("sends a Salesforce (API) test lead and logs the record id Salesforce returned", async () => {
    const crm = await startFakeSalesforceApi();
    try {
      const id = await createDestination("SALESFORCE_API", {
        myDomainUrl: crm.url,
        clientId: crm.clientId,
        clientSecret: crm.clientSecret,
      });
      const stored = await (await getDb()).destination.findUniqueOrThrow({ where: { id } });
      expect(stored.secrets).not.toContain(crm.clientSecret);
      const outcome = await sendDestinationTest(id);
      expect(outcome).toMatchObject({ ok: true, httpStatus: 201, remoteId: expect.stringMatching(/^00Q/) });
      const sent = crm.leadRequests()[0]!.json as Record<string, string>;
      expect(sent.Email).toMatch(/^MSFT_TEST_\d+@test\.com$/);
      const [attempt] = await (await getDb()).deliveryAttempt.findMany({ where: { destinationId: id } });
      expect(attempt).toMatchObject({ test: true, ok: true, httpStatus: 201 });
      expect(attempt!.verdict).toBe(`Salesforce created the lead (HTTP 201), id ${outcome.remoteId}.`);
      expect(JSON.stringify(attempt)).not.toContain(crm.clientSecret);
    } finally {
      await crm.close();
    }
  });

  it("field mapping: checked when saved, used by deliveries, shown with the test lead", async () => {
    const crm = await startFakeDynamics();
    try {
      const settings = {
        instanceUrl: crm.url,
        loginUrl: crm.url,
        tenantId: "t1",
        clientId: "app-id",
        clientSecret: crm.clientSecret,
      };
      const refused = await outcome(
        saveDestination({
          ...base,
          kind: "DYNAMICS",
          config: { ...settings, fieldMap: { lastname: "lastName", new_offer: "offer" } },
        }),
      );
      expect(refused).toMatchObject({
        ok: false,
        fieldErrors: { "config.fieldMap": ['"offer" (for new_offer) is not a Lead desk field.'] },
      });

      const fieldMap = {
        lastname: "lastName",
        emailaddress1: "email",
        new_offerid: "offerId",
        new_stage: "stage",
        new_campaign: "extra.mktcmpid",
      };
      const id = await createDestination("DYNAMICS", { ...settings, fieldMap });
      const stored = await (await getDb()).destination.findUniqueOrThrow({ where: { id } });
      expect((stored.config as { fieldMap: unknown }).fieldMap).toEqual(fieldMap);
      // The edit form gets the mapping back (it is not a secret).
      expect((await getDestination(id))!.config.fieldMap).toEqual(fieldMap);

      const body = marketplaceBody({ Description: JSON.stringify({ mktcmpid: "x" }), MktCmpId: "spring-26" });
      const leadId = await postLead(body);
      await drain();
      expect((await deliveryOf(leadId, id)).state).toBe("DELIVERED");
      expect(crm.leadRequests()[0]!.json).toEqual({
        lastname: body.UserDetails.LastName,
        emailaddress1: body.UserDetails.Email,
        new_offerid: "contoso.sample-offer",
        new_stage: "Initial interest",
        new_campaign: "spring-26",
      });

      const test = await sendDestinationTest(id);
      // JSONB keeps keys in its own order: compare as a set.
      expect(test.mapped).toHaveLength(5);
      expect(test.mapped).toEqual(
        expect.arrayContaining([
          { crmField: "lastname", leadField: "lastName", value: expect.stringMatching(/^MSFT_TEST_/) },
          { crmField: "emailaddress1", leadField: "email", value: expect.stringMatching(/^MSFT_TEST_\d+@test\.com$/) },
          { crmField: "new_offerid", leadField: "offerId", value: expect.stringMatching(/^MSFT_TEST_/) },
          { crmField: "new_stage", leadField: "stage", value: "Initial interest" },
          { crmField: "new_campaign", leadField: "extra.mktcmpid", value: null },
        ]),
      );
    } finally {
      await crm.close();
    }
  });

  it("health: last success, last error, 24-hour success rate and queue depth", async () => {
    const receiver = await startFakeHttpsReceiver();
    try {
      const id = await createDestination("HTTPS", { url: `${receiver.url}/hook` });
      receiver.failNext("/hook", { status: 500, body: "down" });
      await postLead();
      await postLead();
      await postLead();
      await drain(); // one 500 (will retry), two delivered
      await postLead(); // queued, not yet sent
      const [d] = await listDestinations();
      expect(d!.id).toBe(id);
      expect(d!).not.toHaveProperty("secrets");
      expect(d!.health.attempts24h).toBe(3);
      expect(d!.health.successRate24h).toBeCloseTo(2 / 3);
      expect(d!.health.queued).toBe(2);
      expect(d!.health.lastSuccessAt).toBeInstanceOf(Date);
      expect(d!.health.lastError?.verdict).toMatch(/HTTP 500/);
    } finally {
      await receiver.close();
    }
  });
});
