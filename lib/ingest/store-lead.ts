// The ingestion transaction: decides whether each parsed lead is a retry, a
// duplicate or new, and commits the receipt (inserted for a new post, its
// outcome for a stored one), the lead with the owner the assignment rules give
// it (lib/assignment) and one pending delivery per matching destination together — a crash at any point leaves all of it or none of it.
// The decisions and writes are SQL, in leaddesk_store_leads() (migration
// store_leads_function): several leads share one call and one commit
// (store-batcher.ts groups them), so a batch costs one round trip.
import { randomUUID } from "node:crypto";
import { getSql } from "@/lib/db";
import type { ParsedLead } from "@/lib/leads/lead";
import { leadSearchText } from "@/lib/leads/search-text";
import { customerKey } from "./customer-key";
import { DUPLICATE_WINDOW_MS, RETRY_WINDOW_MS } from "./limits";
import type { ReceiptRow } from "./record-receipt";

export type StoredLead = {
  status: "created" | "duplicate" | "retry";
  leadId: string;
  duplicateOf: string | null;
  /** The owner's e-mail: assigned by the rules (or the first lead's owner) in the same commit; null when none. */
  owner: string | null;
  lead: ParsedLead;
};

interface ReceiptRef {
  id: string;
  bodyHash: string;
  receivedAt: Date;
}

/** A new post's receipt row is inserted with its lead; a stored receipt (reprocessing) gets its outcome. */
export type StoreRequest = { lead: ParsedLead } & ({ newReceipt: true; receipt: ReceiptRow } | { newReceipt: false; receipt: ReceiptRef });

interface StoreRow extends Record<string, unknown> {
  ordinal: number;
  retryOf: string | null;
  retryDuplicateOf: string | null;
  leadId: string | null;
  duplicateOf: string | null;
  ownerEmail: string | null;
}

/** One lead as leaddesk_store_leads() reads it (see its migration). Instants are epoch milliseconds. */
function storeInput(request: StoreRequest) {
  const { receipt, lead } = request;
  const key = customerKey(lead.customer);
  const received = receipt.receivedAt.getTime();
  const row = request.newReceipt ? request.receipt : null;
  return {
    // Lock keys: the body, and the customer + offer + action (else the body again).
    bodyHash: receipt.bodyHash,
    dedupeKey: key ? [key, lead.offerId ?? "", lead.action ?? ""].join("\u001f") : receipt.bodyHash,
    receiptId: receipt.id,
    retrySince: received - RETRY_WINDOW_MS,
    duplicateSince: received - DUPLICATE_WINDOW_MS,
    customerKey: key,
    leadId: randomUUID(),
    receivedAt: received,
    ...lead.customer,
    leadSource: lead.leadSource,
    source: lead.source,
    action: lead.action,
    offerId: lead.offerId,
    offerTitle: lead.offerTitle,
    description: lead.description,
    stage: lead.stage,
    isTest: lead.isTest,
    doNotContact: lead.doNotContact,
    sourceCreatedAt: lead.sourceCreatedAt?.getTime() ?? null,
    // Left out when empty: the column stays NULL rather than holding {}.
    extra: Object.keys(lead.extra).length ? lead.extra : undefined,
    searchText: leadSearchText(lead.customer),
    now: Date.now(),
    newReceipt: request.newReceipt,
    webhookKeyId: row?.webhookKeyId ?? null,
    clientAddress: row?.clientAddress ?? null,
    contentType: row?.contentType ?? null,
    body: row?.body.toString("base64") ?? null,
    bodySize: row?.bodySize ?? null,
    truncated: row?.truncated ?? null,
  };
}

/**
 * Stores the leads in one call, in order: a later one sees the earlier ones as
 * retries or originals. The call is a single statement, so it commits on its
 * own — all of the batch or none of it.
 */
export async function storeLeads(requests: StoreRequest[]): Promise<StoredLead[]> {
  const sql = await getSql();
  const batch = JSON.stringify(requests.map(storeInput));
  const rows = await sql.query<StoreRow>(storeLeadsSql, [batch], "leaddesk_store_leads_v2");
  if (rows.length !== requests.length) throw new Error(`Stored ${rows.length} of ${requests.length} leads.`);
  return rows
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((row, i) => {
      const { lead } = requests[i]!;
      const owner = row.ownerEmail;
      if (row.retryOf) return { status: "retry", leadId: row.retryOf, duplicateOf: row.retryDuplicateOf, owner, lead };
      const status = row.duplicateOf ? "duplicate" : "created";
      return { status, leadId: row.leadId!, duplicateOf: row.duplicateOf, owner, lead };
    });
}

const storeLeadsSql = `SELECT * FROM leaddesk_store_leads($1::jsonb)`;

/** Stores the lead of an already stored receipt (reprocessing). */
export async function storeLead(receipt: ReceiptRef, lead: ParsedLead): Promise<StoredLead> {
  return (await storeLeads([{ newReceipt: false, receipt, lead }]))[0]!;
}
