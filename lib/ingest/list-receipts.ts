import { getDb } from "@/lib/db";
import { failedOutcomes } from "./reprocess-receipts";

const previewBytes = 8 * 1024;

/** Receipts that did not become leads, newest first, with a preview of the raw body. */
export async function listFailedReceipts(limit = 100) {
  const db = await getDb();
  const rows = await db.receipt.findMany({
    where: { outcome: { in: failedOutcomes }, lead: { is: null } },
    orderBy: { receivedAt: "desc" },
    take: limit,
    select: {
      id: true,
      receivedAt: true,
      outcome: true,
      httpStatus: true,
      error: true,
      contentType: true,
      bodySize: true,
      truncated: true,
      clientAddress: true,
      body: true,
      webhookKey: { select: { label: true } },
    },
  });
  return rows.map(({ body, ...r }) => ({
    ...r,
    preview: Buffer.from(body.subarray(0, previewBytes)).toString("utf8"),
    previewCut: body.length > previewBytes,
  }));
}

export async function countFailedReceipts() {
  const db = await getDb();
  return db.receipt.count({ where: { outcome: { in: failedOutcomes }, lead: { is: null } } });
}

/** When the marketplace last sent its test lead (Validate / Publish in Partner Center). */
export async function lastValidation() {
  const db = await getDb();
  return db.lead.findFirst({
    where: { isTest: true },
    orderBy: { receivedAt: "desc" },
    select: { receivedAt: true, receipt: { select: { webhookKey: { select: { label: true } } } } },
  });
}
