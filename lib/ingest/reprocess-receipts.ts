// Runs stored receipts through the parser again: after a parser fix, or for a
// receipt whose processing was interrupted (still PENDING after a crash).
import { getDb } from "@/lib/db";
import type { ReceiptOutcome } from "@/lib/generated/prisma/enums";
import { processReceipt, type ProcessResult } from "./process-receipt";

/** Outcomes listed as failed in Settings and retried by "reprocess all". */
export const failedOutcomes: ReceiptOutcome[] = ["MALFORMED", "TOO_LARGE", "UNSUPPORTED_TYPE", "REJECTED", "ERROR"];
/** A receipt still PENDING this long after it arrived was interrupted. */
const interruptedAfterMs = 60_000;

const receiptFields = {
  id: true,
  bodyHash: true,
  receivedAt: true,
  body: true,
  contentType: true,
  truncated: true,
} as const;

export async function reprocessReceipt(id: string): Promise<ProcessResult | null> {
  const db = await getDb();
  const receipt = await db.receipt.findUnique({
    where: { id },
    select: { ...receiptFields, lead: { select: { id: true } } },
  });
  if (!receipt || receipt.lead) return null; // unknown, or already has its lead
  return processReceipt(receipt);
}

export async function reprocessAllFailed(now = new Date()): Promise<{ tried: number; stored: number }> {
  const db = await getDb();
  let tried = 0;
  let stored = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.receipt.findMany({
      where: {
        lead: { is: null },
        OR: [
          { outcome: { in: failedOutcomes } },
          { outcome: "PENDING", receivedAt: { lt: new Date(now.getTime() - interruptedAfterMs) } },
        ],
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: 100,
      select: receiptFields,
    });
    if (!batch.length) return { tried, stored };
    for (const receipt of batch) {
      tried += 1;
      if ((await processReceipt(receipt)).ok) stored += 1;
    }
    cursor = batch.at(-1)!.id;
  }
}
