// From stored receipt to stored lead: decode, parse, store. The live webhook
// and "reprocess" in Settings both come through here, so a parser fix applies
// to old receipts exactly as it would to new posts.
import { decodeBody } from "./decode-body";
import { failReceipt } from "./record-receipt";
import { parseLead } from "./parse-lead";
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

export async function processReceipt(receipt: StoredReceipt): Promise<ProcessResult> {
  if (receipt.truncated) {
    const message = "The body is larger than 256 KiB; the first 256 KiB are kept with the receipt.";
    await failReceipt(receipt.id, "TOO_LARGE", 413, message);
    return { ok: false, httpStatus: 413, message };
  }
  const decoded = decodeBody(Buffer.from(receipt.body), receipt.contentType);
  if (!decoded.ok) {
    await failReceipt(receipt.id, decoded.outcome, decoded.status, decoded.message);
    return { ok: false, httpStatus: decoded.status, message: decoded.message };
  }
  const parsed = parseLead(decoded.value);
  if (!parsed.ok) {
    await failReceipt(receipt.id, "REJECTED", 422, parsed.reason);
    return { ok: false, httpStatus: 422, message: parsed.reason };
  }
  const stored = await storeLead(receipt, parsed.lead);
  return { ok: true, httpStatus: stored.status === "created" ? 201 : 200, ...stored };
}
