import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { revokeWebhookKey } from "@/lib/webhook-keys/revoke-key";
import { azureTableEntity, microsoftSampleJson, microsoftTestLeadJson } from "@/tests/support/marketplace-bodies";
import { newKey, post, uniqueAddress } from "@/tests/support/webhook";

let n = 0;
/** A body of a customer no other test uses, so duplicates never cross tests. */
function lead(overrides: Record<string, unknown> = {}, details: Record<string, unknown> = {}) {
  n += 1;
  return {
    UserDetails: {
      FirstName: "Ann",
      LastName: `Tester${n}`,
      Email: `ann${n}.${Date.now()}@contoso.com`,
      Company: "Contoso",
      ...details,
    },
    LeadSource: "AzureMarketplace-INS|contoso.sample-offer",
    ActionCode: "INS",
    OfferTitle: "Contoso Sample Offer",
    Description: "Campaigns: ",
    ...overrides,
  };
}

async function storedLead(id: unknown) {
  const db = await getDb();
  return db.lead.findUniqueOrThrow({ where: { id: String(id) }, include: { receipt: true } });
}

describe("webhook: accepted shapes", () => {
  it("stores Microsoft's sample body and answers 201 with the parsed lead", async () => {
    const { key } = await newKey();
    const res = await post(key, microsoftSampleJson);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      status: "created",
      source: "AzureMarketplace",
      action: "INS",
      offer: "contoso.sample-offer",
      stage: "INITIAL_INTEREST",
      test: false,
      doNotContact: false,
      duplicateOf: null,
    });
    const row = await storedLead(res.json.id);
    expect(row).toMatchObject({
      firstName: "Some",
      lastName: "One",
      email: "someone@contoso.com",
      phone: "16175555555",
      country: "USA",
      company: "Contoso",
      title: "Esquire",
      offerTitle: "Contoso Sample Offer",
      leadSource: "AzureMarketplace-INS|contoso.sample-offer",
      customerKey: "email:someone@contoso.com",
    });
    expect(Buffer.from(row.receipt.body).toString("utf8")).toBe(microsoftSampleJson);
    expect(row.receipt).toMatchObject({
      outcome: "CREATED",
      httpStatus: 201,
      contentType: "application/json",
      truncated: false,
    });
  });

  it("reads the test lead's lowercase userDetails and flags it as a test", async () => {
    const { key } = await newKey();
    const res = await post(key, microsoftTestLeadJson);
    expect(res.status).toBe(201);
    expect(res.json.test).toBe(true);
    const row = await storedLead(res.json.id);
    expect(row.isTest).toBe(true);
    expect(row.email).toBe("MSFT_TEST_636573304831318844@test.com");
  });

  it("reads camelCase keys, the Azure Table entity shape, flat JSON and form posts", async () => {
    const { key } = await newKey();
    const camel = await post(key, {
      userDetails: { firstName: "Cam", lastName: "El", email: `cam${Date.now()}@x.com` },
      leadSource: "SPZA-PLT|pub.offer",
      actionCode: "PLT",
      offerTitle: "T",
    });
    expect(camel.json).toMatchObject({
      status: "created",
      source: "AppSource",
      action: "PLT",
      stage: "ACTIVE",
      offer: "pub.offer",
    });

    const table = await post(key, azureTableEntity);
    expect(table.json).toMatchObject({
      source: "AzurePortal",
      action: "Create",
      stage: "ACTIVE",
      offer: "checkpoint.check-point-r77-10sg-byol",
    });
    const tableRow = await storedLead(table.json.id);
    expect(tableRow).toMatchObject({ firstName: "Zoë", lastName: "Ångström", offerTitle: "Check Point CloudGuard" });
    expect(tableRow.sourceCreatedAt?.toISOString()).toBe("2018-09-28T10:00:00.000Z");

    const flat = await post(key, {
      firstName: "Flo",
      lastName: "At",
      email: `flo${Date.now()}@x.com`,
      leadSource: "TestDrive",
      actionCode: "StartTestDrive",
      offer: "pub.flat",
    });
    expect(flat.json).toMatchObject({
      source: "TestDrive",
      action: "StartTestDrive",
      stage: "TRIAL",
      offer: "pub.flat",
    });

    const form = new URLSearchParams({
      firstName: "Form",
      lastName: "Post",
      email: `form${Date.now()}@x.com`,
      leadSource: "AzureMarketplace-INS|pub.form",
    });
    const formRes = await post(key, form.toString(), {
      contentType: "application/x-www-form-urlencoded; charset=utf-8",
    });
    expect(formRes.status).toBe(201);
    expect(formRes.json).toMatchObject({ source: "AzureMarketplace", action: "INS", offer: "pub.form" });
  });

  it("accepts Authorization: Bearer on the key-less route", async () => {
    const { key } = await newKey();
    const res = await post(undefined, lead(), { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(201);
  });

  it("keeps unknown sources and actions verbatim, and takes the action from ActionCode for source-only strings", async () => {
    const { key } = await newKey();
    const unknown = await post(key, lead({ LeadSource: "NewStorefront-Wishlist|pub.offer", ActionCode: "Wishlist" }));
    expect(unknown.status).toBe(201);
    expect(unknown.json).toMatchObject({ source: "NewStorefront", action: "Wishlist", stage: "UNKNOWN" });

    const sourceOnly = await post(key, lead({ LeadSource: "azureportal", ActionCode: "create" }));
    expect(sourceOnly.json).toMatchObject({ source: "AzurePortal", action: "Create", stage: "ACTIVE" });
  });

  it("stores .edu-style leads without personal data", async () => {
    const { key } = await newKey();
    const res = await post(key, {
      LeadSource: "AzureMarketplace-INS|pub.edu-offer",
      ActionCode: "INS",
      OfferTitle: "Edu",
    });
    expect(res.status).toBe(201);
    const row = await storedLead(res.json.id);
    expect(row).toMatchObject({ firstName: null, email: null, customerKey: null, offerId: "pub.edu-offer" });
  });

  it("keeps unicode and hostile strings exactly as sent", async () => {
    const { key } = await newKey();
    const hostile = {
      FirstName: "王小明 🚀",
      LastName: "<script>alert(1)</script>",
      Company: "'; DROP TABLE leads; --",
      Title: "=cmd|' /C calc'!A0",
      Email: `weird${Date.now()}@例え.jp`,
    };
    const res = await post(key, lead({}, hostile));
    expect(res.status).toBe(201);
    const row = await storedLead(res.json.id);
    expect(row).toMatchObject({
      firstName: hostile.FirstName,
      lastName: hostile.LastName,
      company: hostile.Company,
      title: hostile.Title,
    });
    const db = await getDb();
    expect(await db.lead.count()).toBeGreaterThan(0); // the table survived the "DROP TABLE"
  });

  it("flags do-not-contact leads", async () => {
    const { key } = await newKey();
    const res = await post(key, lead({ LeadSource: "SPZA-DNC|pub.offer", ActionCode: "DNC" }));
    expect(res.json).toMatchObject({ status: "created", stage: "DO_NOT_CONTACT", doNotContact: true });
  });
});

describe("webhook: errors keep the receipt", () => {
  async function receiptOf(json: Record<string, unknown>) {
    const db = await getDb();
    return db.receipt.findUniqueOrThrow({ where: { id: String(json.receiptId) }, include: { lead: true } });
  }

  it("400 for malformed JSON, saying where", async () => {
    const { key } = await newKey();
    const body = '{\n  "UserDetails": {"FirstName": "Ann",}\n}';
    const res = await post(key, body);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatch(/^Malformed JSON at line 2, column \d+/);
    const receipt = await receiptOf(res.json);
    expect(receipt).toMatchObject({ outcome: "MALFORMED", httpStatus: 400, lead: null });
    expect(Buffer.from(receipt.body).toString()).toBe(body);
  });

  it("400 for an empty body", async () => {
    const { key } = await newKey();
    const res = await post(key, "");
    expect(res.status).toBe(400);
    expect((await receiptOf(res.json)).outcome).toBe("MALFORMED");
  });

  it("413 above 256 KiB: the first 256 KiB are kept and flagged truncated", async () => {
    const { key } = await newKey();
    const body = JSON.stringify(lead({ Description: "x".repeat(300 * 1024) }));
    const res = await post(key, body);
    expect(res.status).toBe(413);
    const receipt = await receiptOf(res.json);
    expect(receipt).toMatchObject({ outcome: "TOO_LARGE", truncated: true, bodySize: Buffer.byteLength(body) });
    expect(receipt.body.length).toBe(256 * 1024);
  });

  it("415 for an unsupported content type", async () => {
    const { key } = await newKey();
    const res = await post(key, "<lead/>", { contentType: "application/xml" });
    expect(res.status).toBe(415);
    expect(res.json.error).toMatch(/application\/json/);
    expect((await receiptOf(res.json)).outcome).toBe("UNSUPPORTED_TYPE");
  });

  it("422 when there is no lead data, for objects, arrays and scalars", async () => {
    const { key } = await newKey();
    for (const body of ['{"UserDetails": {"FirstName": "", "Email": "  "}, "LeadSource": ""}', "[1,2]", "42", "{}"]) {
      const res = await post(key, body);
      expect(res.status, body).toBe(422);
      const receipt = await receiptOf(res.json);
      expect(receipt).toMatchObject({ outcome: "REJECTED", httpStatus: 422, lead: null });
    }
  });

  it("a missing content type is read as JSON", async () => {
    const { key } = await newKey();
    const res = await post(key, lead(), { contentType: null });
    expect(res.status).toBe(201);
  });

  it("invalid UTF-8 is kept byte for byte", async () => {
    const { key } = await newKey();
    const bytes = Buffer.concat([
      Buffer.from('{"FirstName": "'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`", "LastName": "Bytes", "Email": "b${Date.now()}@x.com"}`),
    ]);
    const res = await post(key, bytes);
    expect(res.status).toBe(201);
    const row = await storedLead(res.json.id);
    expect(Buffer.from(row.receipt.body).equals(bytes)).toBe(true);
  });
});

describe("webhook: keys", () => {
  it("401 for unknown, malformed and revoked keys, storing nothing", async () => {
    const db = await getDb();
    const before = await db.receipt.count();
    const address = uniqueAddress();
    expect((await post("ldk_" + "A".repeat(32), lead(), { address })).status).toBe(401);
    expect((await post("not-a-key", lead(), { address })).status).toBe(401);
    expect((await post(undefined, lead(), { address })).status).toBe(401);
    const { id, key } = await newKey();
    expect((await post(key, lead(), { address })).status).toBe(201);
    await revokeWebhookKey(id);
    const revoked = await post(key, lead(), { address });
    expect(revoked.status).toBe(401);
    expect(revoked.json.error).toBe("Unknown or revoked webhook key.");
    expect(await db.receipt.count()).toBe(before + 1);
  });

  it("rate limits failed key checks per client address", async () => {
    const address = uniqueAddress();
    const statuses = [];
    for (let i = 0; i < 22; i++) statuses.push((await post("ldk_" + "B".repeat(32), lead(), { address })).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[21]).toBe(429);
    // Another address is not affected…
    expect((await post("ldk_" + "B".repeat(32), lead(), { address: uniqueAddress() })).status).toBe(401);
    // …and a post with a valid key from the limited address is stored: others' failures never refuse it.
    const { key } = await newKey();
    const valid = await post(key, lead(), { address });
    expect(valid.status).toBe(201);
    const db = await getDb();
    const receipt = await db.receipt.findFirstOrThrow({ where: { lead: { id: String(valid.json.id) } } });
    expect(receipt.clientAddress).toBe(address);
  });

  it("takes the client address from the socket, not from a client's X-Forwarded-For or X-Real-IP", async () => {
    const { key } = await newKey();
    const forged = await post(key, lead(), {
      address: "192.0.2.44",
      headers: { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10" },
    });
    expect(forged.status).toBe(201);
    const db = await getDb();
    expect((await db.receipt.findFirstOrThrow({ where: { lead: { id: String(forged.json.id) } } })).clientAddress).toBe(
      "192.0.2.44",
    );
  });

  it("records when a key was last used", async () => {
    const { id, key } = await newKey();
    const db = await getDb();
    expect((await db.webhookKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    await post(key, lead());
    expect((await db.webhookKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });
});

describe("webhook: duplicates and retries", () => {
  it("links a repeat of the same customer, offer and action to the first lead", async () => {
    const { key } = await newKey();
    const email = `repeat${Date.now()}@contoso.com`;
    const first = await post(key, lead({}, { Email: email }));
    const again = await post(key, lead({ Description: "second visit" }, { Email: email.toUpperCase() }));
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ status: "duplicate", duplicateOf: first.json.id });
    expect(again.json.id).not.toBe(first.json.id);

    // Another funnel step of the same customer is a new lead in the same history.
    const active = await post(
      key,
      lead({ LeadSource: "AzurePortal-Create|contoso.sample-offer", ActionCode: "Create" }, { Email: email }),
    );
    expect(active.status).toBe(201);
    const db = await getDb();
    const history = await db.lead.findMany({ where: { customerKey: `email:${email}` } });
    expect(history).toHaveLength(3);
  });

  it("identifies customers without e-mail by name and company", async () => {
    const { key } = await newKey();
    const body = {
      UserDetails: { FirstName: "José", LastName: `Núñez${Date.now()}`, Company: "Fabrikam" },
      LeadSource: "SPZA-PLT|pub.o",
    };
    const first = await post(key, body);
    const second = await post(key, {
      ...body,
      UserDetails: { ...body.UserDetails, FirstName: "JOSE " },
      Description: "x",
    });
    expect(second.json).toMatchObject({ status: "duplicate", duplicateOf: first.json.id });
  });

  it("answers the exact same body again as a retry of the original, storing no new lead", async () => {
    const { key } = await newKey();
    const body = JSON.stringify(lead());
    const first = await post(key, body);
    const db = await getDb();
    const leads = await db.lead.count();
    const retry = await post(key, body);
    expect(retry.status).toBe(200);
    expect(retry.json).toMatchObject({ status: "retry", id: first.json.id });
    expect(await db.lead.count()).toBe(leads);
    expect(await db.receipt.count({ where: { outcome: "RETRY" } })).toBeGreaterThan(0);
  });

  it("50 concurrent identical posts store exactly one lead", async () => {
    const { key } = await newKey();
    const body = JSON.stringify(lead());
    const results = await Promise.all(Array.from({ length: 50 }, () => post(key, body)));
    const statuses = results.map((r) => r.json.status);
    expect(statuses.filter((s) => s === "created")).toHaveLength(1);
    expect(statuses.filter((s) => s === "retry")).toHaveLength(49);
    expect(new Set(results.map((r) => r.json.id)).size).toBe(1);
    const db = await getDb();
    expect(await db.lead.count({ where: { id: String(results[0]!.json.id) } })).toBe(1);
  });
});
