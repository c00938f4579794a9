// The ingestion transaction: decides whether a parsed lead is a retry, a
// duplicate or new, and commits the receipt outcome, the lead and one pending
// delivery per matching destination together — a crash at any point leaves
// either all of it or none of it (the receipt itself was committed earlier).
// Plain SQL, three round trips inside the transaction: this is the hot path.
import { randomUUID } from "node:crypto";
import { getSql } from "@/lib/db";
import type { ParsedLead } from "@/lib/leads/lead";
import { leadSearchText } from "@/lib/leads/search-text";
import { customerKey } from "./customer-key";
import { DUPLICATE_WINDOW_MS, RETRY_WINDOW_MS } from "./limits";
import { p, storeLeadSql } from "./store-lead-sql";

export type StoredLead = { status: "created" | "duplicate" | "retry"; leadId: string; duplicateOf: string | null; lead: ParsedLead };

interface ReceiptRef {
  id: string;
  bodyHash: string;
  receivedAt: Date;
}

interface StoreRow extends Record<string, unknown> {
  retryOf: string | null;
  retryDuplicateOf: string | null;
  leadId: string | null;
  duplicateOf: string | null;
}

export async function storeLead(receipt: ReceiptRef, lead: ParsedLead): Promise<StoredLead> {
  const sql = await getSql();
  const key = customerKey(lead.customer);
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

  // Serialise identical bodies, and leads of the same customer, offer and
  // action, so concurrent posts agree on which one is the original.
  const dedupeKey = key ? [key, lead.offerId ?? "", lead.action ?? ""].join("\u001f") : receipt.bodyHash;
  const row = await sql.transaction(async (query) => {
    await query("SELECT pg_advisory_xact_lock(hashtextextended($1, 1)), pg_advisory_xact_lock(hashtextextended($2, 2))", [receipt.bodyHash, dedupeKey]);
    const [result] = await query<StoreRow>(storeLeadSql, params);
    return result!;
  });

  if (row.retryOf) return { status: "retry", leadId: row.retryOf, duplicateOf: row.retryDuplicateOf, lead };
  return { status: row.duplicateOf ? "duplicate" : "created", leadId: row.leadId!, duplicateOf: row.duplicateOf, lead };
}
