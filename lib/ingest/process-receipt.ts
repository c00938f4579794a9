// From received body to stored lead: decode, parse, store. The live webhook
// (a new post) and "reprocess" in Settings (a stored receipt) both come
// through here, so a parser fix applies to old receipts exactly as it would to
// new posts.
import type { ParsedLead } from "@/lib/leads/lead";
import { decodeBody } from "./decode-body";
import { failReceipt, insertReceipt, type ReceiptFailure, type ReceiptRow } from "./record-receipt";
import { parseLead } from "./parse-lead";
import { noteLeadOnKey } from "@/lib/webhook-keys/authenticate-key";
import { storeNewLead } from "./store-batcher";
import { storeLead, type StoredLead } from "./store-lead";

export type ProcessResult =
  | ({ ok: true; httpStatus: 200 | 201 } & StoredLead)
  | { ok: false; httpStatus: 400 | 413 | 415 | 422; message: string };

interface StoredReceipt {
  id: string;
  bodyHash: string;
  receivedAt: Date;
  body: Uint8Array;
  contentType: string | null;
  truncated: boolean;
}

type Refusal = ReceiptFailure & { httpStatus: 400 | 413 | 415 | 422 };

function parseReceipt(
  receipt: Pick<StoredReceipt, "body" | "contentType" | "truncated">,
): { lead: ParsedLead } | { refusal: Refusal } {
  if (receipt.truncated) {
    return {
      refusal: {
        outcome: "TOO_LARGE",
        httpStatus: 413,
        error: "The body is larger than 256 KiB; the first 256 KiB are kept with the receipt.",
      },
    };
  }
  const decoded = decodeBody(Buffer.from(receipt.body), receipt.contentType);
  if (!decoded.ok) return { refusal: { outcome: decoded.outcome, httpStatus: decoded.status, error: decoded.message } };
  const parsed = parseLead(decoded.value);
  if (!parsed.ok) return { refusal: { outcome: "REJECTED", httpStatus: 422, error: parsed.reason } };
  return { lead: parsed.lead };
}

const stored = (lead: StoredLead): ProcessResult => ({
  ok: true,
  httpStatus: lead.status === "created" ? 201 : 200,
  ...lead,
});
const refused = ({ httpStatus, error }: Refusal): ProcessResult => ({ ok: false, httpStatus, message: error });

/** A stored receipt (reprocessing): records its outcome, or stores its lead. */
export async function processReceipt(receipt: StoredReceipt): Promise<ProcessResult> {
  const parsed = parseReceipt(receipt);
  if ("refusal" in parsed) {
    await failReceipt(receipt.id, parsed.refusal);
    return refused(parsed.refusal);
  }
  return stored(await storeLead(receipt, parsed.lead));
}

/** A new post: its receipt is committed with its outcome, or with its lead in a grouped commit. */
export async function processNewReceipt(receipt: ReceiptRow): Promise<ProcessResult> {
  const parsed = parseReceipt(receipt);
  if ("refusal" in parsed) {
    await insertReceipt(receipt, parsed.refusal);
    return refused(parsed.refusal);
  }
  const lead = await storeNewLead(receipt, parsed.lead);
  if (receipt.webhookKeyId) await noteLeadOnKey(receipt.webhookKeyId, receipt.receivedAt);
  return stored(lead);
}
