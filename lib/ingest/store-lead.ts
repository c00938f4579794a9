// The ingestion transaction: decides whether each parsed lead is a retry, a
// duplicate or new, and commits the receipt (inserted for a new post, its
// outcome for a stored one), the lead with the owner the assignment rules give
// it (lib/assignment) and one pending delivery per matching destination
// together — a crash at any point leaves all of it or none of it.
// The decisions and writes are SQL, in leaddesk_store_leads()
// (prisma/sql/store_leads.sql, fed store-input.ts): several leads share one
// call and one commit (store-batcher.ts groups them), so a batch costs one round trip.
import { z } from "zod";
import { getSql } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import type { ParsedLead } from "@/lib/leads/lead";
import { storeInput, type ReceiptRef, type StoreRequest } from "./store-input";

export type StoredLead = {
  status: "created" | "duplicate" | "retry";
  leadId: string;
  duplicateOf: string | null;
  /** The owner's e-mail: assigned by the rules (or the first lead's owner) in the same commit; null when none. */
  owner: string | null;
  lead: ParsedLead;
};

/** What leaddesk_store_leads() answers per lead. */
const storeRow = z.object({
  ordinal: z.number(),
  retryOf: z.string().nullable(),
  retryDuplicateOf: z.string().nullable(),
  leadId: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  ownerEmail: z.string().nullable(),
});

/**
 * Stores the leads in one call, in order: a later one sees the earlier ones as
 * retries or originals. The call is a single statement, so it commits on its
 * own — all of the batch or none of it.
 */
export async function storeLeads(requests: StoreRequest[]): Promise<StoredLead[]> {
  const sql = await getSql();
  const batch = JSON.stringify(requests.map((request) => storeInput(request)));
  const rows = parseRows(storeRow, await sql.query(storeLeadsSql, [batch], "leaddesk_store_leads_v2"));
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
