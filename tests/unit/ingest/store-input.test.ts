// The batch element the ingestion SQL reads (prisma/sql/store_leads.sql) and the
// type the caller builds it with (lib/ingest/store-input.ts) must name the same
// keys: a key the SQL reads that the caller never sends would read as NULL.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { customerKey, dedupeKey } from "@/lib/ingest/customer-key";
import { parseLead } from "@/lib/ingest/parse-lead";
import { receiptRow } from "@/lib/ingest/record-receipt";
import { storeInput, storeInputSchema } from "@/lib/ingest/store-input";
import type { ParsedLead } from "@/lib/leads/lead";
import { azureTableEntity, microsoftSampleJson } from "@/tests/support/marketplace-bodies";

const sqlText = readFileSync(path.resolve(__dirname, "../../../prisma/sql/store_leads.sql"), "utf8");
/** Every key read from a batch element: l->>'key', l->'key', e.v->>'key'. */
const keysRead = new Set([...sqlText.matchAll(/\b(?:l|e\.v)->>?'(\w+)'/g)].map((m) => m[1]!));
const keysTyped = new Set(storeInputSchema.keyof().options);

function parsed(body: unknown): ParsedLead {
  const result = parseLead(body);
  if (!result.ok) throw new Error(result.reason);
  return result.lead;
}

describe("the store input", () => {
  it("has every key the SQL reads", () => {
    expect(keysRead.size).toBeGreaterThan(30);
    expect([...keysRead].filter((key) => !keysTyped.has(key as never))).toEqual([]);
  });

  it("sends nothing the SQL does not read", () => {
    expect([...keysTyped].filter((key) => !keysRead.has(key))).toEqual([]);
  });

  it("is what storeInput builds, for a new post and for a stored receipt", () => {
    const body = Buffer.from(microsoftSampleJson);
    const receipt = receiptRow({
      body: { bytes: body, size: body.length, truncated: false },
      contentType: "application/json",
      clientAddress: "203.0.113.9",
      webhookKeyId: "00000000-0000-4000-8000-000000000001",
    });
    const lead = parsed(JSON.parse(microsoftSampleJson));
    const fresh = storeInputSchema.strict().parse(storeInput({ newReceipt: true, receipt, lead }));
    expect(fresh.body).toBe(body.toString("base64"));
    expect(fresh.receivedAt).toBe(receipt.receivedAt.getTime());
    const stored = storeInputSchema
      .strict()
      .parse(storeInput({ newReceipt: false, receipt, lead: parsed(azureTableEntity) }));
    expect(stored).toMatchObject({ newReceipt: false, body: null, webhookKeyId: null });
    expect(typeof stored.sourceCreatedAt).toBe("number");
  });

  it("locks on the dedupe key, or on the body when the customer cannot be identified", () => {
    const body = Buffer.from("{}");
    const receipt = receiptRow({
      body: { bytes: body, size: 2, truncated: false },
      contentType: null,
      clientAddress: "203.0.113.9",
      webhookKeyId: null,
    });
    const lead = parsed(JSON.parse(microsoftSampleJson));
    expect(storeInput({ newReceipt: true, receipt, lead }).dedupeKey).toBe(dedupeKey(customerKey(lead.customer), lead));
    const anonymous = { ...lead, customer: { ...lead.customer, email: null, company: null } };
    expect(storeInput({ newReceipt: true, receipt, lead: anonymous }).dedupeKey).toBe(receipt.bodyHash);
  });
});

describe("dedupeKey", () => {
  const key = "email:ana@contoso.com";
  it("is one customer's offer and action", () => {
    expect(dedupeKey(key, { offerId: "p.o", action: "INS" })).toBe(dedupeKey(key, { offerId: "p.o", action: "INS" }));
    expect(dedupeKey(key, { offerId: "p.o", action: "INS" })).not.toBe(
      dedupeKey(key, { offerId: "p.o", action: "PLT" }),
    );
    expect(dedupeKey(key, { offerId: "p.o", action: "INS" })).not.toBe(
      dedupeKey(key, { offerId: "p.x", action: "INS" }),
    );
    expect(dedupeKey("email:bo@contoso.com", { offerId: "p.o", action: "INS" })).not.toBe(
      dedupeKey(key, { offerId: "p.o", action: "INS" }),
    );
  });

  it("does not run fields together (a separator no field holds)", () => {
    expect(dedupeKey(key, { offerId: "ab", action: "c" })).not.toBe(dedupeKey(key, { offerId: "a", action: "bc" }));
  });

  it("is null without a customer key", () => {
    expect(dedupeKey(null, { offerId: "p.o", action: "INS" })).toBeNull();
  });
});
