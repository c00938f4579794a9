// Grouped commits for the webhook: posts that arrive while a store call is in
// flight wait and go together in the next one, so a burst of leads pays for one
// round trip and one commit (one WAL flush) instead of one each. Every caller
// is answered only after its own batch committed.
// A failing batch is retried lead by lead, so one bad lead never fails another;
// a lead that still fails keeps its receipt (PENDING, for "Reprocess all").
import { logger } from "@/lib/log/logger";
import { getSql } from "@/lib/db";
import type { ParsedLead } from "@/lib/leads/lead";
import { insertReceipt, type ReceiptRow } from "./record-receipt";
import type { StoreRequest } from "./store-input";
import { storeLeads, type StoredLead } from "./store-lead";

/**
 * A batch is one call that stores its leads one after another, so it is
 * bounded (its last lead waits for all the others) and, on PostgreSQL,
 * several batches run at once on the pool: the commit (WAL flush) of one
 * overlaps the work of the next.
 */
const MAX_BATCH = 16;
const MAX_CONCURRENT_BATCHES = { postgres: 4, pglite: 1 } as const;

interface Waiting {
  request: Extract<StoreRequest, { newReceipt: true }>;
  resolve(stored: StoredLead): void;
  reject(error: unknown): void;
}

const queue: Waiting[] = [];
let inFlight = 0;

/** Stores a new post's receipt, lead and outbox rows; resolves once they are committed. */
export function storeNewLead(receipt: ReceiptRow, lead: ParsedLead): Promise<StoredLead> {
  return new Promise((resolve, reject) => {
    queue.push({ request: { newReceipt: true, receipt, lead }, resolve, reject });
    drain().catch((error: unknown) => failAll(error));
  });
}

async function drain(): Promise<void> {
  const sql = await getSql();
  // PGlite runs one transaction at a time anyway: a second would only split the batch.
  const limit = MAX_CONCURRENT_BATCHES[sql.kind];
  while (queue.length && inFlight < limit) {
    const batch = queue.splice(0, MAX_BATCH);
    inFlight += 1;
    void runBatch(batch).finally(() => {
      inFlight -= 1;
      drain().catch((error: unknown) => failAll(error));
    });
  }
}

function failAll(error: unknown) {
  for (const waiting of queue.splice(0)) waiting.reject(error);
}

async function runBatch(batch: Waiting[]): Promise<void> {
  try {
    const stored = await storeLeads(batch.map((w) => w.request));
    batch.forEach((w, i) => w.resolve(stored[i]!));
  } catch (error) {
    if (batch.length === 1) return storeAlone(batch[0]!, error);
    for (const waiting of batch) {
      try {
        waiting.resolve((await storeLeads([waiting.request]))[0]!);
      } catch (own) {
        await storeAlone(waiting, own);
      }
    }
  }
}

/** The lead could not be stored: keep its receipt on its own, then fail the post (503). */
async function storeAlone(waiting: Waiting, error: unknown): Promise<void> {
  await insertReceipt(waiting.request.receipt).catch((receiptError: unknown) => {
    logger.error({ err: receiptError }, "receipt not stored");
  });
  waiting.reject(error);
}
