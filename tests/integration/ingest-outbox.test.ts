import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { reprocessAllFailed, reprocessReceipt } from "@/lib/ingest/reprocess-receipts";
import { recordReceipt } from "@/lib/ingest/record-receipt";
import { newKey, post } from "@/tests/support/webhook";

let n = 0;
function lead(leadSource: string, actionCode: string, extra: Record<string, unknown> = {}) {
  n += 1;
  return {
    UserDetails: { FirstName: "Out", LastName: `Box${n}`, Email: `outbox${n}.${Date.now()}@x.com` },
    LeadSource: leadSource,
    ActionCode: actionCode,
    ...extra,
  };
}

describe("outbox rows written with the lead", () => {
  it("queues one pending delivery per enabled destination whose filters match", async () => {
    const db = await getDb();
    const all = await db.destination.create({ data: { kind: "HTTPS", name: "everything" } });
    const activeOnly = await db.destination.create({
      data: { kind: "SALESFORCE", name: "active only", stages: ["ACTIVE"] },
    });
    const appSource = await db.destination.create({
      data: { kind: "MARKETO", name: "AppSource", sources: ["AppSource"] },
    });
    const disabled = await db.destination.create({ data: { kind: "HTTPS", name: "off", enabled: false } });
    const optIn = await db.destination.create({
      data: { kind: "HTTPS", name: "tests and DNC", includeTest: true, includeDoNotContact: true },
    });
    const { key } = await newKey();

    const deliveriesOf = async (id: unknown) =>
      (await db.delivery.findMany({ where: { leadId: String(id) } })).map((d) => d.destinationId).sort();

    const ins = await post(key, lead("AzureMarketplace-INS|p.o", "INS"));
    expect(await deliveriesOf(ins.json.id)).toEqual([all.id, optIn.id].sort());

    const plt = await post(key, lead("SPZA-PLT|p.o", "PLT"));
    expect(await deliveriesOf(plt.json.id)).toEqual([all.id, activeOnly.id, appSource.id, optIn.id].sort());

    const dnc = await post(key, lead("SPZA-DNC|p.o", "DNC"));
    expect(await deliveriesOf(dnc.json.id)).toEqual([optIn.id]);

    const test = await post(key, lead("AzureMarketplace-INS|p.o", "INS", { Description: "MSFT_TEST_123" }));
    expect(test.json.test).toBe(true);
    expect(await deliveriesOf(test.json.id)).toEqual([optIn.id]);

    const pending = await db.delivery.findMany({ where: { leadId: String(plt.json.id) } });
    expect(pending.every((d) => d.state === "PENDING" && d.attempts === 0)).toBe(true);
    expect(await db.delivery.count({ where: { destinationId: disabled.id } })).toBe(0);
    await db.destination.deleteMany({});
  });

  it("a retried body queues nothing new", async () => {
    const db = await getDb();
    await db.destination.create({ data: { kind: "HTTPS", name: "retry check" } });
    const { key } = await newKey();
    const body = JSON.stringify(lead("AzureMarketplace-INS|p.o", "INS"));
    await post(key, body);
    const before = await db.delivery.count();
    expect((await post(key, body)).json.status).toBe("retry");
    expect(await db.delivery.count()).toBe(before);
    await db.destination.deleteMany({});
  });
});

describe("reprocessing receipts", () => {
  it("stores a receipt whose processing was interrupted (still PENDING)", async () => {
    const { id: keyId } = await newKey();
    const body = Buffer.from(JSON.stringify(lead("AzurePortal-Create|p.o", "Create")));
    // As if the process died right after committing the receipt.
    const receipt = await recordReceipt({
      body: { bytes: body, size: body.length, truncated: false },
      contentType: "application/json",
      clientAddress: "192.0.2.1",
      webhookKeyId: keyId,
    });
    const db = await getDb();
    await db.receipt.update({ where: { id: receipt.id }, data: { receivedAt: new Date(Date.now() - 5 * 60_000) } });

    const { tried, stored } = await reprocessAllFailed();
    expect(tried).toBeGreaterThanOrEqual(1);
    expect(stored).toBeGreaterThanOrEqual(1);
    const after = await db.receipt.findUniqueOrThrow({ where: { id: receipt.id }, include: { lead: true } });
    expect(after.outcome).toBe("CREATED");
    expect(after.lead?.action).toBe("Create");
    // Once it has its lead, reprocessing it again does nothing.
    expect(await reprocessReceipt(receipt.id)).toBeNull();
  });

  it("reprocesses a rejected receipt once its content can be read (e.g. after a fix) and leaves a still-bad one failing", async () => {
    const { key } = await newKey();
    const db = await getDb();
    const rejected = await post(key, "{}");
    expect(rejected.status).toBe(422);
    const stillBad = await reprocessReceipt(String(rejected.json.receiptId));
    expect(stillBad).toMatchObject({ ok: false, httpStatus: 422 });

    // Simulate the parser now understanding the body by correcting the stored
    // content type of a receipt that was refused for it.
    const wrongType = await post(key, JSON.stringify(lead("AzureMarketplace-INS|p.o", "INS")), {
      contentType: "text/plain",
    });
    expect(wrongType.status).toBe(415);
    await db.receipt.update({
      where: { id: String(wrongType.json.receiptId) },
      data: { contentType: "application/json" },
    });
    const fixed = await reprocessReceipt(String(wrongType.json.receiptId));
    expect(fixed).toMatchObject({ ok: true, status: "created" });
    const receipt = await db.receipt.findUniqueOrThrow({ where: { id: String(wrongType.json.receiptId) } });
    expect(receipt.outcome).toBe("CREATED");
  });
});
