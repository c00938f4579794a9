// Grouped commits (lib/ingest/store-batcher.ts) and the key cache: leads that
// share one transaction still link retries and duplicates correctly, a lead
// that cannot be stored fails alone and keeps its receipt, and a key revoked
// elsewhere stops working within KEY_CACHE_MS.
import { describe, expect, it } from "vitest";
import { getDb, getSql } from "@/lib/db";
import type { ParsedLead } from "@/lib/leads/lead";
import { parseLead } from "@/lib/ingest/parse-lead";
import { receiptRow, type ReceiptRow } from "@/lib/ingest/record-receipt";
import { storeNewLead } from "@/lib/ingest/store-batcher";
import { authenticateWebhookKey, KEY_CACHE_MS } from "@/lib/webhook-keys/authenticate-key";
import { newKey, post } from "@/tests/support/webhook";

let n = 0;
function body(email = `batch${++n}.${Date.now()}@contoso.com`, note = "") {
  return {
    UserDetails: { FirstName: "Bea", LastName: `Batch${n}`, Email: email },
    LeadSource: "AzureMarketplace-INS|b.offer",
    ActionCode: "INS",
    Description: note,
  };
}

function incoming(json: object): { receipt: ReceiptRow; lead: ParsedLead } {
  const bytes = Buffer.from(JSON.stringify(json));
  const receipt = receiptRow({
    body: { bytes, size: bytes.length, truncated: false },
    contentType: "application/json",
    clientAddress: "192.0.2.77",
    webhookKeyId: null,
  });
  const parsed = parseLead(json);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { receipt, lead: parsed.lead };
}

/** Transaction ids that committed these receipts: one id per grouped commit. */
async function commitsOf(receiptIds: string[]): Promise<number> {
  const sql = await getSql();
  const rows = await (sql.query(
    "SELECT count(DISTINCT xmin::text)::int AS commits FROM receipts WHERE id = ANY($1::uuid[])",
    [receiptIds],
  ) as Promise<{ commits: number }[]>);
  return rows[0]!.commits;
}

describe("grouped commits", () => {
  it("links retries and duplicates inside one batch to the first lead of the batch", async () => {
    const first = body();
    const email = first.UserDetails.Email;
    // Submitted in one tick, so they form a single batch.
    const posts = [
      incoming(first),
      incoming(first),
      incoming(body(email, "second visit")),
      incoming(body()),
      incoming(body(email, "third visit")),
    ];
    const results = await Promise.all(posts.map(({ receipt, lead }) => storeNewLead(receipt, lead)));
    expect(await commitsOf(posts.map((x) => x.receipt.id))).toBe(1);

    const [original, retry, duplicate, other, duplicate2] = results;
    expect(original).toMatchObject({ status: "created", duplicateOf: null });
    expect(retry).toMatchObject({ status: "retry", leadId: original!.leadId, duplicateOf: null });
    expect(duplicate).toMatchObject({ status: "duplicate", duplicateOf: original!.leadId });
    expect(duplicate2).toMatchObject({ status: "duplicate", duplicateOf: original!.leadId });
    expect(other).toMatchObject({ status: "created", duplicateOf: null });

    const db = await getDb();
    const receipts = await db.receipt.findMany({
      where: { id: { in: posts.map((x) => x.receipt.id) } },
      include: { lead: true },
    });
    const byId = new Map(receipts.map((r) => [r.id, r]));
    expect(posts.map((x) => byId.get(x.receipt.id)?.outcome)).toEqual([
      "CREATED",
      "RETRY",
      "DUPLICATE",
      "CREATED",
      "DUPLICATE",
    ]);
    expect(posts.map((x) => byId.get(x.receipt.id)?.httpStatus)).toEqual([201, 200, 200, 201, 200]);
    // The retry stores no lead of its own; every other post has exactly its own.
    expect(byId.get(posts[1]!.receipt.id)?.lead).toBeNull();
    expect(byId.get(posts[2]!.receipt.id)?.lead?.id).toBe(duplicate!.leadId);
  });

  it("concurrent webhook posts share commits and agree on the original", async () => {
    const { key } = await newKey();
    const same = JSON.stringify(body());
    const email = `shared${Date.now()}@contoso.com`;
    const bodies = [
      ...Array.from({ length: 6 }, () => same),
      ...Array.from({ length: 6 }, (_, i) => JSON.stringify(body(email, `visit ${i}`))),
      ...Array.from({ length: 8 }, () => JSON.stringify(body())),
    ];
    const answers = await Promise.all(bodies.map((b) => post(key, b)));
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);

    const sameAnswers = answers.slice(0, 6);
    expect(sameAnswers.filter((a) => a.json.status === "created")).toHaveLength(1);
    expect(new Set(sameAnswers.map((a) => a.json.id)).size).toBe(1);
    const customerAnswers = answers.slice(6, 12);
    const originals = customerAnswers.filter((a) => a.json.status === "created");
    expect(originals).toHaveLength(1);
    expect(
      customerAnswers
        .filter((a) => a.json.status === "duplicate")
        .every((a) => a.json.duplicateOf === originals[0]!.json.id),
    ).toBe(true);
    expect(answers.slice(12).every((a) => a.json.status === "created")).toBe(true);

    const db = await getDb();
    const receipts = await db.receipt.findMany({
      where: { webhookKeyId: { not: null }, OR: answers.map((a) => ({ lead: { id: String(a.json.id) } })) },
      select: { id: true },
    });
    expect(await db.receipt.count({ where: { outcome: "PENDING" } })).toBe(0);
    expect(await commitsOf(receipts.map((r) => r.id))).toBeLessThan(receipts.length);
  });

  it("a lead the database refuses fails alone: the others are stored and its receipt is kept", async () => {
    const good1 = incoming(body());
    const bad = incoming(body());
    // An impossible funnel stage makes the database reject this lead's statement.
    bad.lead = { ...bad.lead, stage: "NOT_A_STAGE" as unknown as ParsedLead["stage"] };
    const good2 = incoming(body());
    const settled = await Promise.allSettled(
      [good1, bad, good2].map(({ receipt, lead }) => storeNewLead(receipt, lead)),
    );
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);

    const db = await getDb();
    const receipts = await db.receipt.findMany({
      where: { id: { in: [good1, bad, good2].map((x) => x.receipt.id) } },
      include: { lead: true },
    });
    const byId = new Map(receipts.map((r) => [r.id, r]));
    expect(byId.get(good1.receipt.id)).toMatchObject({ outcome: "CREATED", httpStatus: 201 });
    expect(byId.get(good2.receipt.id)).toMatchObject({ outcome: "CREATED", httpStatus: 201 });
    expect(byId.get(good1.receipt.id)?.lead).not.toBeNull();
    // Never lose a body: the refused lead's receipt is committed, PENDING, for "Reprocess".
    const kept = byId.get(bad.receipt.id);
    expect(kept).toMatchObject({ outcome: "PENDING", lead: null });
    expect(Buffer.from(kept!.body).equals(bad.receipt.body)).toBe(true);
  });
});

describe("webhook key cache", () => {
  it("a key revoked by another process stops working within KEY_CACHE_MS", async () => {
    const { id, key } = await newKey();
    expect(await authenticateWebhookKey(key)).toEqual({ id });
    // Revoked straight in the database, as another app process would.
    const db = await getDb();
    await db.webhookKey.update({ where: { id }, data: { revokedAt: new Date() } });
    const revokedAt = Date.now();
    let lastAccepted = revokedAt;
    while ((await authenticateWebhookKey(key)) !== null) {
      lastAccepted = Date.now();
      expect(lastAccepted - revokedAt).toBeLessThanOrEqual(KEY_CACHE_MS);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await authenticateWebhookKey(key)).toBeNull();
    expect(lastAccepted - revokedAt).toBeLessThanOrEqual(KEY_CACHE_MS);
  });
});
