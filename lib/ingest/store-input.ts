// One lead as leaddesk_store_leads() (prisma/sql/store_leads.sql) reads it:
// the batch is a JSON array of these. The schema is the type's single source;
// tests/unit/ingest/store-input.test.ts checks the SQL reads exactly these
// keys. It is not parsed at run time: storeInput() builds it, typed.
import { z } from "zod";
import { timeOrderedId } from "@/lib/db/time-ordered-id";
import { funnelStages, type ParsedLead } from "@/lib/leads/lead";
import { leadSearchText } from "@/lib/leads/search-text";
import { customerKey, dedupeKey } from "./customer-key";
import { DUPLICATE_WINDOW_MS, RETRY_WINDOW_MS } from "./limits";
import type { ReceiptRow } from "./record-receipt";

const text = z.string().nullable();
/** Instants travel as epoch milliseconds (leaddesk_utc_from_ms). */
const ms = z.number();

export const storeInputSchema = z.object({
  // Lock keys: the body, and the dedupe key (else the body again).
  bodyHash: z.string(),
  dedupeKey: z.string(),
  receiptId: z.uuid(),
  retrySince: ms,
  duplicateSince: ms,
  customerKey: text,
  leadId: z.uuid(),
  receivedAt: ms,
  firstName: text,
  lastName: text,
  email: text,
  phone: text,
  country: text,
  company: text,
  title: text,
  leadSource: text,
  source: text,
  action: text,
  offerId: text,
  offerTitle: text,
  description: text,
  stage: z.enum(funnelStages),
  isTest: z.boolean(),
  doNotContact: z.boolean(),
  sourceCreatedAt: ms.nullable(),
  // Left out when empty: the column stays NULL rather than holding {}.
  extra: z.record(z.string(), z.unknown()).optional(),
  searchText: z.string(),
  now: ms,
  newReceipt: z.boolean(),
  // The receipt's columns, for a new post (null when reprocessing a stored receipt).
  webhookKeyId: z.uuid().nullable(),
  clientAddress: text,
  contentType: text,
  /** Base64. */
  body: text,
  bodySize: z.number().int().nullable(),
  truncated: z.boolean().nullable(),
});

export type StoreInput = z.infer<typeof storeInputSchema>;

export interface ReceiptRef {
  id: string;
  bodyHash: string;
  receivedAt: Date;
}

/** A new post's receipt row is inserted with its lead; a stored receipt (reprocessing) gets its outcome. */
export type StoreRequest = { lead: ParsedLead } & (
  { newReceipt: true; receipt: ReceiptRow } | { newReceipt: false; receipt: ReceiptRef }
);

export function storeInput(request: StoreRequest, now = Date.now()): StoreInput {
  const { receipt, lead } = request;
  const { customer } = lead;
  const key = customerKey(customer);
  const received = receipt.receivedAt.getTime();
  const row = request.newReceipt ? request.receipt : null;
  return {
    bodyHash: receipt.bodyHash,
    dedupeKey: dedupeKey(key, lead) ?? receipt.bodyHash,
    receiptId: receipt.id,
    retrySince: received - RETRY_WINDOW_MS,
    duplicateSince: received - DUPLICATE_WINDOW_MS,
    customerKey: key,
    leadId: timeOrderedId(now),
    receivedAt: received,
    firstName: customer.firstName,
    lastName: customer.lastName,
    email: customer.email,
    phone: customer.phone,
    country: customer.country,
    company: customer.company,
    title: customer.title,
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
    extra: Object.keys(lead.extra).length ? lead.extra : undefined,
    searchText: leadSearchText(customer),
    now,
    newReceipt: request.newReceipt,
    webhookKeyId: row?.webhookKeyId ?? null,
    clientAddress: row?.clientAddress ?? null,
    contentType: row?.contentType ?? null,
    body: row?.body.toString("base64") ?? null,
    bodySize: row?.bodySize ?? null,
    truncated: row?.truncated ?? null,
  };
}
