import { AzureNamedKeyCredential, generateAccountSas, TableClient, TableServiceClient } from "@azure/data-tables";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { azureTableAdapter, escapeTableKey, partitionKeyFor } from "@/lib/destinations/azure-table";
import { startAzurite, azuriteConnectionString, freePort, type Azurite } from "@/tests/support/fake-crm/azurite";
import { sampleLead } from "@/tests/support/fake-crm/sample-lead";
import {
  allowLoopbackForFakes,
  expectNoSecrets,
  testContext,
  withoutAllowList,
} from "@/tests/support/fake-crm/test-helpers";

allowLoopbackForFakes();
let azurite: Azurite;
const accountKey = () => /AccountKey=([^;]+)/.exec(azurite.connectionString)![1]!;

beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(() => azurite?.stop());

let n = 0;
let tableName: string;
beforeEach(() => {
  tableName = `Leads${Date.now()}${n++}`;
});

const readBack = (partitionKey: string, rowKey: string, table = tableName) =>
  TableClient.fromConnectionString(azurite.connectionString, table, { allowInsecureConnection: true }).getEntity<
    Record<string, unknown>
  >(partitionKey, rowKey);

describe("Azure Table adapter (against Azurite)", () => {
  it("creates the table and stores Microsoft's entity shape, with the escaped date partition key", async () => {
    const lead = sampleLead({ receivedAt: new Date("2026-11-22T23:59:00Z") });
    const config = azureTableAdapter.configSchema.parse({ connectionString: azurite.connectionString, tableName });
    const outcome = await azureTableAdapter.send(lead, config, testContext());
    expect(outcome).toMatchObject({ ok: true, retryable: false, remoteId: `11:2F22:2F2026/${lead.id}` });
    expect(outcome.verdict).toBe(`Stored in table ${tableName} (PartitionKey 11:2F22:2F2026, RowKey ${lead.id}).`);

    const entity = await readBack("11:2F22:2F2026", lead.id);
    const { etag, timestamp, ...rest } = entity;
    const properties = Object.fromEntries(Object.entries(rest).filter(([k]) => !k.startsWith("odata.")));
    expect(etag).toBeTruthy();
    expect(timestamp).toBeTruthy(); // readers poll by Timestamp
    expect(properties).toEqual({
      partitionKey: "11:2F22:2F2026",
      rowKey: lead.id,
      ActionCode: "INS",
      CreatedTime: "2026-11-22T23:59:00.000Z",
      CustomerInfo: expect.any(String),
      Description: "Campaigns: spring-launch",
      LeadSource: "AzureMarketplace-INS|contoso.sample-offer",
      OfferDisplayName: "Contoso Sample Offer",
    });
    expect(JSON.parse(entity.CustomerInfo as string)).toEqual({
      FirstName: "Zoë",
      LastName: "Müller",
      Email: "zoe.mueller@contoso.com",
      Phone: "16175555555",
      Country: "USA",
      Company: "Contoso",
      Title: "CTO",
    });
    expectNoSecrets(outcome, [azurite.connectionString, accountKey()]);
  });

  it("uses the source's creation time when there is one, and MarketplaceLeads by default", async () => {
    const lead = sampleLead({ id: `lead-${Date.now()}`, sourceCreatedAt: new Date("2018-09-28T08:00:00Z") });
    const config = azureTableAdapter.configSchema.parse({ connectionString: azurite.connectionString });
    expect(config.tableName).toBe("MarketplaceLeads");
    expect((await azureTableAdapter.send(lead, config, testContext())).ok).toBe(true);
    const entity = await readBack("9:2F28:2F2018", lead.id, "MarketplaceLeads");
    expect(entity.CreatedTime).toBe("2018-09-28T08:00:00.000Z");
  });

  it("treats a lead already stored by an earlier attempt as delivered", async () => {
    const config = azureTableAdapter.configSchema.parse({ connectionString: azurite.connectionString, tableName });
    await azureTableAdapter.send(sampleLead(), config, testContext());
    const again = await azureTableAdapter.send(sampleLead(), config, testContext());
    expect(again).toMatchObject({ ok: true, httpStatus: 409 });
    expect(again.verdict).toMatch(/^Already stored/);
  });

  it("recreates a table deleted after it was first created", async () => {
    const config = azureTableAdapter.configSchema.parse({ connectionString: azurite.connectionString, tableName });
    await azureTableAdapter.send(sampleLead(), config, testContext());
    await TableServiceClient.fromConnectionString(azurite.connectionString, {
      allowInsecureConnection: true,
    }).deleteTable(tableName);
    const outcome = await azureTableAdapter.send(sampleLead({ id: "after-delete" }), config, testContext());
    expect(outcome).toMatchObject({ ok: true, httpStatus: 204 });
    expect((await readBack(partitionKeyFor(sampleLead().receivedAt), "after-delete")).ActionCode).toBe("INS");
  });

  it("works with an account URL and SAS token, keeping the signature out of the log", async () => {
    const sas = generateAccountSas(new AzureNamedKeyCredential("devstoreaccount1", accountKey()), {
      resourceTypes: "sco",
      permissions: { add: true, write: true, query: true, list: true, update: true },
      protocol: "https,http",
      expiresOn: new Date(Date.now() + 3600_000),
    });
    const config = azureTableAdapter.configSchema.parse({
      accountUrl: `http://127.0.0.1:${azurite.port}/devstoreaccount1`,
      sasToken: sas,
      tableName,
    });
    const outcome = await azureTableAdapter.send(sampleLead(), config, testContext());
    expect(outcome.ok).toBe(true);
    expect((await readBack(partitionKeyFor(sampleLead().receivedAt), sampleLead().id)).OfferDisplayName).toBe(
      "Contoso Sample Offer",
    );
    expect(outcome.request.url).toBe(`http://127.0.0.1:${azurite.port}/devstoreaccount1/${tableName}`);
    expectNoSecrets(outcome, [sas, new URLSearchParams(sas).get("sig")!]);
  });

  it("a wrong account key is a permanent failure", async () => {
    const wrong = azurite.connectionString.replace(accountKey(), Buffer.alloc(64, 7).toString("base64"));
    const outcome = await azureTableAdapter.send(
      sampleLead(),
      azureTableAdapter.configSchema.parse({ connectionString: wrong, tableName }),
      testContext(),
    );
    expect(outcome).toMatchObject({
      ok: false,
      retryable: false,
      httpStatus: 403,
      error: expect.stringMatching(/^HTTP 403 AuthorizationFailure: Server failed/),
    });
    // A sentence, not the service's XML; the XML stays in the excerpt.
    expect(outcome.verdict).toMatch(
      /^Azure Table storage refused (creating the table|storing the lead) \(HTTP 403, AuthorizationFailure\): Server failed to authenticate the request\..* The account key or SAS token was refused: copy it again/,
    );
    expect(outcome.verdict).not.toMatch(/<|RequestId/);
    expect(outcome.responseExcerpt).toContain("<Code>AuthorizationFailure</Code>");
  });

  it("an unusable connection string is a permanent failure", async () => {
    const outcome = await azureTableAdapter.send(
      sampleLead(),
      azureTableAdapter.configSchema.parse({ connectionString: "nonsense", tableName }),
      testContext(),
    );
    expect(outcome).toMatchObject({ ok: false, retryable: false, httpStatus: null });
    expect(outcome.verdict).toMatch(/^Not sent: the storage connection settings could not be used/);
  });

  it("storage that is down is a retryable failure (no SDK-internal retries)", async () => {
    const port = await freePort();
    const started = Date.now();
    const outcome = await azureTableAdapter.send(
      sampleLead(),
      azureTableAdapter.configSchema.parse({ connectionString: azuriteConnectionString(port), tableName }),
      testContext(),
    );
    expect(outcome).toMatchObject({ ok: false, retryable: true, httpStatus: null });
    expect(outcome.error).toMatch(/ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("is blocked by the SSRF guard unless the emulator host is allowed", async () => {
    const config = azureTableAdapter.configSchema.parse({ connectionString: azurite.connectionString, tableName });
    const outcome = await withoutAllowList(() => azureTableAdapter.send(sampleLead(), config, testContext()));
    expect(outcome).toMatchObject({ ok: false, retryable: false });
    expect(outcome.verdict).toMatch(/Blocked outbound request to 127\.0\.0\.1: loopback/);
    const tables = TableServiceClient.fromConnectionString(azurite.connectionString, {
      allowInsecureConnection: true,
    }).listTables();
    const names: string[] = [];
    for await (const t of tables) names.push(t.name ?? "");
    expect(names).not.toContain(tableName);
  });

  it("blocks a host name that resolves to loopback at connect time", async () => {
    const config = azureTableAdapter.configSchema.parse({
      connectionString: azurite.connectionString.replace("127.0.0.1", "localhost"),
      tableName,
    });
    const outcome = await azureTableAdapter.send(sampleLead(), config, testContext());
    expect(outcome).toMatchObject({ ok: false, retryable: false });
    expect(outcome.verdict).toMatch(/localhost \(127\.0\.0\.1\): loopback/);
  });
});

describe("Azure Table config and keys", () => {
  it("escapes characters Azure keys may not hold", () => {
    expect(partitionKeyFor(new Date("2026-11-22T10:00:00Z"))).toBe("11:2F22:2F2026");
    expect(escapeTableKey("a/b\\c#d?e")).toBe("a:2Fb:5Cc:23d:3Fe");
  });

  it("needs a connection string or an account URL with a SAS token", () => {
    const schema = azureTableAdapter.configSchema;
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ accountUrl: "https://x.table.core.windows.net" }).success).toBe(false);
    expect(schema.safeParse({ accountUrl: "https://x.table.core.windows.net", sasToken: "sv=1&sig=abc" }).success).toBe(
      true,
    );
    expect(schema.safeParse({ connectionString: "UseDevelopmentStorage=true", tableName: "bad-name" }).success).toBe(
      false,
    );
  });
});
