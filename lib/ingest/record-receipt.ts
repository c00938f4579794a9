// Receipts: the body exactly as received, committed before anything parses it.
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db";
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

export async function recordReceipt(input: NewReceipt) {
  const db = await getDb();
  return db.receipt.create({
    data: {
      webhookKeyId: input.webhookKeyId,
      receivedAt: input.receivedAt,
      clientAddress: input.clientAddress.slice(0, 100),
      contentType: input.contentType?.slice(0, 200) ?? null,
      body: new Uint8Array(input.body.bytes),
      bodySize: input.body.size,
      truncated: input.body.truncated,
      bodyHash: createHash("sha256").update(input.body.bytes).digest("hex"),
    },
    select: { id: true, bodyHash: true, receivedAt: true },
  });
}

export async function failReceipt(id: string, outcome: Exclude<ReceiptOutcome, "PENDING" | "CREATED" | "DUPLICATE" | "RETRY">, httpStatus: number, error: string) {
  const db = await getDb();
  await db.receipt.update({ where: { id }, data: { outcome, httpStatus, error: error.slice(0, 2000), processedAt: new Date() } });
}
