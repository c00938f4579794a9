// The ingestion transaction: decides whether each parsed lead is a retry, a
// duplicate or new, and commits the receipt (inserted for a new post, its
// outcome for a stored one), the lead and one pending delivery per matching
// destination together — a crash at any point leaves all of it or none of it.
// Several leads may share one transaction (store-batcher.ts): one BEGIN, one
// lock round trip, one prepared statement per lead, one COMMIT.
import { randomUUID } from "node:crypto";
import { getSql } from "@/lib/db";
import type { ParsedLead } from "@/lib/leads/lead";
import { leadSearchText } from "@/lib/leads/search-text";
import { customerKey } from "./customer-key";
import { DUPLICATE_WINDOW_MS, RETRY_WINDOW_MS } from "./limits";
import type { ReceiptRow } from "./record-receipt";
import { p, storeLeadSql, storeLeadStatement } from "./store-lead-sql";

export type StoredLead = { status: "created" | "duplicate" | "retry"; leadId: string; duplicateOf: string | null; lead: ParsedLead };

interface ReceiptRef {
  id: string;
  bodyHash: string;
  receivedAt: Date;
}

/** A new post's receipt row is inserted with its lead; a stored receipt (reprocessing) gets its outcome. */
export type StoreRequest = { lead: ParsedLead } & ({ newReceipt: true; receipt: ReceiptRow } | { newReceipt: false; receipt: ReceiptRef });

interface StoreRow extends Record<string, unknown> {
  retryOf: string | null;
  retryDuplicateOf: string | null;
  leadId: string | null;
  duplicateOf: string | null;
}

function storeParams(request: StoreRequest, key: string | null): unknown[] {
  const { receipt, lead } = request;
  const received = receipt.receivedAt.getTime();
  const params: unknown[] = [];
  const set = (name: keyof typeof p, value: unknown) => (params[p[name] - 1] = value);
  set("receiptId", receipt.id);
  set("bodyHash", receipt.bodyHash);
  set("retrySince", received - RETRY_WINDOW_MS);
  set("duplicateSince", received - DUPLICATE_WINDOW_MS);
  set("customerKey", key);
  set("offerId", lead.offerId);
  set("action", lead.action);
  set("leadId", randomUUID());
  set("receivedAt", received);
  for (const field of ["firstName", "lastName", "email", "phone", "country", "company", "title"] as const) set(field, lead.customer[field]);
  set("leadSource", lead.leadSource);
  set("source", lead.source);
  set("offerTitle", lead.offerTitle);
  set("description", lead.description);
  set("stage", lead.stage);
  set("isTest", lead.isTest);
  set("doNotContact", lead.doNotContact);
  set("sourceCreatedAt", lead.sourceCreatedAt?.getTime() ?? null);
  set("extra", Object.keys(lead.extra).length ? JSON.stringify(lead.extra) : null);
  set("searchText", leadSearchText(lead.customer));
  set("now", Date.now());
  const row = request.newReceipt ? request.receipt : null;
  set("newReceipt", request.newReceipt);
  set("webhookKeyId", row?.webhookKeyId ?? null);
  set("clientAddress", row?.clientAddress ?? null);
  set("contentType", row?.contentType ?? null);
  set("body", row?.body ?? null);
  set("bodySize", row?.bodySize ?? null);
  set("truncated", row?.truncated ?? null);
  return params;
}

// Serialise identical bodies, and leads of the same customer, offer and
// action, so concurrent posts agree on which one is the original. A batch
// takes all its locks in one statement, in hash order, so two batches never
// wait on each other crosswise.
const lockSql = `SELECT count(pg_advisory_xact_lock(k))::int AS locked FROM (
  SELECT DISTINCT hashtextextended(u.t, u.seed) AS k FROM unnest($1::text[], $2::int[]) AS u(t, seed) ORDER BY 1
) AS keys`;

/** Stores the leads in one transaction, in order: a later one sees the earlier ones as retries or originals. */
export async function storeLeads(requests: StoreRequest[]): Promise<StoredLead[]> {
  const sql = await getSql();
  const prepared = requests.map((request) => {
    const key = customerKey(request.lead.customer);
    const { offerId, action } = request.lead;
    const dedupeKey = key ? [key, offerId ?? "", action ?? ""].join("\u001f") : request.receipt.bodyHash;
    return { request, params: storeParams(request, key), locks: [request.receipt.bodyHash, dedupeKey] };
  });
  const rows = await sql.transaction(async (query) => {
    const texts = prepared.flatMap((x) => x.locks);
    await query(lockSql, [texts, texts.map((_, i) => (i % 2) + 1)], "leaddesk_store_locks_v1");
    const results: StoreRow[] = [];
    for (const { params } of prepared) results.push((await query<StoreRow>(storeLeadSql, params, storeLeadStatement))[0]!);
    return results;
  });
  return rows.map((row, i) => {
    const { lead } = requests[i]!;
    if (row.retryOf) return { status: "retry", leadId: row.retryOf, duplicateOf: row.retryDuplicateOf, lead };
    return { status: row.duplicateOf ? "duplicate" : "created", leadId: row.leadId!, duplicateOf: row.duplicateOf, lead };
  });
}

/** Stores the lead of an already stored receipt (reprocessing). */
export async function storeLead(receipt: ReceiptRef, lead: ParsedLead): Promise<StoredLead> {
  return (await storeLeads([{ newReceipt: false, receipt, lead }]))[0]!;
}
