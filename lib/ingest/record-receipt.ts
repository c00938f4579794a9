// Receipts: the body exactly as received. A post's receipt is committed with
// its lead (store-lead.ts) or, when the body is refused or the lead cannot be
// stored, on its own here — never after parsing could lose it.
import { createHash } from "node:crypto";
import { getDb, getSql } from "@/lib/db";
import { utcFromMs } from "@/lib/db/sql-time";
import { timeOrderedId } from "@/lib/db/time-ordered-id";
import type { ReceiptOutcome } from "@/lib/generated/prisma/enums";
import type { ReceivedBody } from "./read-body";

export interface NewReceipt {
  body: ReceivedBody;
  contentType: string | null;
  clientAddress: string;
  webhookKeyId: string | null;
  /** Defaults to now; the demo seed and imports backdate receipts. */
  receivedAt?: Date;
}

/** A receipt's row, ready to insert (columns clipped to their limits). */
export interface ReceiptRow {
  id: string;
  bodyHash: string;
  receivedAt: Date;
  webhookKeyId: string | null;
  clientAddress: string;
  contentType: string | null;
  body: Buffer;
  bodySize: number;
  truncated: boolean;
}

export type FailedOutcome = Exclude<ReceiptOutcome, "PENDING" | "CREATED" | "DUPLICATE" | "RETRY">;

export interface ReceiptFailure {
  outcome: FailedOutcome;
  httpStatus: number;
  error: string;
}

export function receiptRow(input: NewReceipt): ReceiptRow {
  return {
    id: timeOrderedId(),
    bodyHash: createHash("sha256").update(input.body.bytes).digest("hex"),
    receivedAt: input.receivedAt ?? new Date(),
    webhookKeyId: input.webhookKeyId,
    clientAddress: input.clientAddress.slice(0, 100),
    contentType: input.contentType?.slice(0, 200) ?? null,
    body: input.body.bytes,
    bodySize: input.body.size,
    truncated: input.body.truncated,
  };
}

/** Inserts a receipt in its own commit: PENDING, or already failed (plain SQL: this is the hot path). */
export async function insertReceipt(row: ReceiptRow, failure?: ReceiptFailure): Promise<void> {
  const sql = await getSql();
  await sql.query(
    `INSERT INTO receipts (id, "receivedAt", "webhookKeyId", "clientAddress", "contentType", body, "bodySize",
       truncated, "bodyHash", outcome, "httpStatus", error, "processedAt")
     VALUES ($1, ${utcFromMs("$2")}, $3, $4, $5, $6, $7, $8, $9,
       COALESCE($10::text, 'PENDING')::"ReceiptOutcome", $11::int, $12::text, ${utcFromMs("$13")})`,
    [
      row.id,
      row.receivedAt.getTime(),
      row.webhookKeyId,
      row.clientAddress,
      row.contentType,
      row.body,
      row.bodySize,
      row.truncated,
      row.bodyHash,
      failure?.outcome ?? null,
      failure?.httpStatus ?? null,
      failure?.error.slice(0, 2000) ?? null,
      failure ? Date.now() : null,
    ],
  );
}

/** Commits a PENDING receipt on its own (seed, tests; "Reprocess" picks it up). */
export async function recordReceipt(input: NewReceipt): Promise<{ id: string; bodyHash: string; receivedAt: Date }> {
  const row = receiptRow(input);
  await insertReceipt(row);
  return { id: row.id, bodyHash: row.bodyHash, receivedAt: row.receivedAt };
}

export async function failReceipt(id: string, failure: ReceiptFailure) {
  const db = await getDb();
  const { outcome, httpStatus, error } = failure;
  await db.receipt.update({
    where: { id },
    data: { outcome, httpStatus, error: error.slice(0, 2000), processedAt: new Date() },
  });
}
