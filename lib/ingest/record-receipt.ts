// Receipts: the body exactly as received, committed before anything parses it.
import { createHash, randomUUID } from "node:crypto";
import { getDb, getSql } from "@/lib/db";
import { utcFromMs } from "@/lib/db/sql-time";
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

/** Inserts the receipt in its own commit (plain SQL: this is the hot path). */
export async function recordReceipt(input: NewReceipt): Promise<{ id: string; bodyHash: string; receivedAt: Date }> {
  const sql = await getSql();
  const receipt = { id: randomUUID(), bodyHash: createHash("sha256").update(input.body.bytes).digest("hex"), receivedAt: input.receivedAt ?? new Date() };
  await sql.query(
    `INSERT INTO receipts (id, "receivedAt", "webhookKeyId", "clientAddress", "contentType", body, "bodySize", truncated, "bodyHash")
     VALUES ($1, ${utcFromMs("$2")}, $3, $4, $5, $6, $7, $8, $9)`,
    [
      receipt.id,
      receipt.receivedAt.getTime(),
      input.webhookKeyId,
      input.clientAddress.slice(0, 100),
      input.contentType?.slice(0, 200) ?? null,
      input.body.bytes,
      input.body.size,
      input.body.truncated,
      receipt.bodyHash,
    ],
  );
  return receipt;
}

export async function failReceipt(id: string, outcome: Exclude<ReceiptOutcome, "PENDING" | "CREATED" | "DUPLICATE" | "RETRY">, httpStatus: number, error: string) {
  const db = await getDb();
  await db.receipt.update({ where: { id }, data: { outcome, httpStatus, error: error.slice(0, 2000), processedAt: new Date() } });
}
