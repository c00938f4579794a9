// Bulk seeding for the benchmark: N realistic leads (repeat customers and
// their duplicates, test and do-not-contact leads, statuses, owners) written
// the way ingestion writes them — a receipt with the raw body, the lead with
// the same customerKey and searchText the webhook computes — but thousands of
// rows per statement (INSERT … SELECT FROM unnest(arrays)), not a request per lead.
import { availableParallelism } from "node:os";
import { z } from "zod";
import type { RawSql } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { utcFromMs } from "@/lib/db/sql-time";
import { pgArrayLiteral, seedLeadColumns, type SeedJob } from "@/lib/demo/seed-batch";
import { seedBatchesInWorkers } from "@/lib/demo/seed-workers";
import { DUPLICATE_WINDOW_MS } from "@/lib/ingest/limits";

const BATCH = 5000;

export interface SeedInput {
  sql: RawSql;
  count: number;
  webhookKeyId: string;
  /** Users leads are assigned to. */
  ownerIds: string[];
  now?: number;
  seed?: number;
  /** Worker threads making the leads, and indexes built at once after the load (default: one per core, up to 4). */
  workers?: number;
  onProgress?: (done: number) => void;
}

export interface SeedResult {
  leads: number;
  duplicates: number;
  tests: number;
  owned: number;
  /** All of it, index builds included. */
  ms: number;
  /** Of which building the indexes after the load. */
  indexMs: number;
}

const receiptColumns = `SELECT t.id, ${utcFromMs("t.at")}, $2::uuid, 'bench-seed', 'application/json',
    convert_to(t.body, 'UTF8'), octet_length(convert_to(t.body, 'UTF8')), false, t.hash, t.outcome::"ReceiptOutcome",
    t.status, ${utcFromMs("t.at")}
  FROM unnest($1::uuid[], $3::float8[], $4::text[], $5::text[], $6::text[], $7::int[])
    AS t(id, at, body, hash, outcome, status)`;
const insertReceipts = `INSERT INTO receipts (id, "receivedAt", "webhookKeyId", "clientAddress", "contentType", body,
    "bodySize", truncated, "bodyHash", outcome, "httpStatus", "processedAt")
  ${receiptColumns}`;

const leadArrays = [...seedLeadColumns, ["dup", "uuid"]] as const;
const insertLeads = `INSERT INTO leads (id, "receivedAt", "receiptId", "firstName", "lastName", email, phone, country,
    company, title, "leadSource", source, action, "offerId", "offerTitle", description, stage, "isTest", "doNotContact",
    extra, "customerKey", "duplicateOfId", status, "ownerId", "searchText", "updatedAt")
  SELECT t.id, ${utcFromMs("t.at")}, t.receipt, t.first, t.last, t.email, t.phone, t.country, t.company, t.title,
    t.leadsource, t.source, t.action, t.offer, t.offertitle, t.description, t.stage::"FunnelStage", t.test, t.dnc,
    t.extra::jsonb, t.ckey, t.dup, t.status::"LeadStatus", t.owner, t.search, ${utcFromMs("t.at")}
  FROM unnest(${leadArrays.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")})
    AS t(${leadArrays.map(([name]) => name).join(", ")})`;

/**
 * Everything that checks or orders the seeded tables row by row is dropped before the load and
 * made again after it from its own definition, the way pg_restore loads a dump: the secondary
 * indexes (one sort each instead of an update per row, most of all for the trigram GIN index on
 * searchText), the primary keys (random UUIDs: every insert touched a random page of both key
 * indexes, which no longer fit in memory at 10M leads) and the foreign keys (a locking look-up per
 * row; made again, each is checked by one join over the whole table). The bench database is created
 * for the seed, so nothing else reads it meanwhile; the rebuild is part of the seeding time.
 */
async function deferIndexesAndKeys(sql: RawSql, parallel: number): Promise<() => Promise<void>> {
  const definition = z.object({ name: z.string(), owner: z.string(), definition: z.string() });
  const seeded = `('leads'::regclass, 'receipts'::regclass)`;
  const keysOf = async (kinds: string) =>
    parseRows(
      definition,
      await sql.query(
        `SELECT conname AS name, conrelid::regclass::text AS owner, pg_get_constraintdef(oid) AS definition
          FROM pg_constraint WHERE contype IN (${kinds}) AND (conrelid IN ${seeded} OR confrelid IN ${seeded})`,
      ),
    );
  const foreignKeys = await keysOf("'f'");
  const uniqueKeys = await keysOf("'p', 'u'");
  const indexes = parseRows(
    definition,
    await sql.query(
      `SELECT indexname AS name, tablename AS owner, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename IN ('leads', 'receipts')
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = current_schema()::regnamespace)
     ORDER BY indexdef LIKE '% USING gin %' DESC`,
    ),
  );
  const drop = (key: z.infer<typeof definition>) => `ALTER TABLE ${key.owner} DROP CONSTRAINT "${key.name}"`;
  const add = (key: z.infer<typeof definition>) =>
    `ALTER TABLE ${key.owner} ADD CONSTRAINT "${key.name}" ${key.definition}`;
  // Foreign keys first: they depend on the keys they reference.
  for (const key of [...foreignKeys, ...uniqueKeys]) await sql.query(drop(key));
  for (const index of indexes) await sql.query(`DROP INDEX "${index.name}"`);
  // Built side by side, a statement per transaction so that no two hold locks the other waits for.
  // Each statement takes one table's lock (an added foreign key also its target's, and none of
  // them points back), so they queue and never deadlock. The primary keys come first: the foreign
  // keys need them, and the longest builds (the GIN indexes) start next.
  const inParallel = async (statements: string[]) => {
    const queue = [...statements];
    const runner = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const statement = next;
        await sql.transaction(async (query) => {
          // Room to sort each index and join each key's check in memory (the defaults are 64 and 4 MB).
          await query("SET LOCAL maintenance_work_mem = '512MB'");
          await query("SET LOCAL work_mem = '512MB'");
          await query(statement);
        });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, parallel) }, runner));
  };
  return async () => {
    await inParallel([...uniqueKeys.map(add), ...indexes.map((index) => index.definition)]);
    await inParallel(foreignKeys.map(add));
  };
}

export async function seedLeads(input: SeedInput): Promise<SeedResult> {
  const { sql, count, webhookKeyId, ownerIds } = input;
  const started = performance.now();
  // More would wait: one thread decides and writes, and the rebuild has two long GIN builds.
  const parallel = input.workers ?? Math.min(4, availableParallelism());
  const buildIndexes = await deferIndexesAndKeys(sql, parallel);
  const now = input.now ?? Date.now();
  const seed = input.seed ?? 20261122;
  const jobs: SeedJob[] = [];
  for (let start = 0; start < count; start += BATCH)
    jobs.push({ start, n: Math.min(BATCH, count - start), count, now, seed, ownerIds });
  // Worker threads make the batches (most of the seed's CPU: bodies, parsing, keys, hashes); this
  // thread decides duplicates and writes, one batch in flight while the next one is decided.
  const batches = seedBatchesInWorkers(jobs, parallel);
  // dedupeKey → the current original (as leaddesk_store_leads() decides it). Leads come in time
  // order, so an original older than the duplicate window can never match again: pruned.
  const originals = new Map<string, { id: string; at: number }>();
  const pruneOriginals = (before: number) => {
    for (const [key, original] of originals) if (original.at < before) originals.delete(key);
  };
  const result: SeedResult = { leads: 0, duplicates: 0, tests: 0, owned: 0, ms: 0, indexMs: 0 };
  let inFlight: Promise<unknown> = Promise.resolve();
  let done = 0;
  for await (const batch of batches) {
    const dup: (string | null)[] = batch.ids.map((id, k) => {
      const at = batch.at[k]!;
      const dedupe = batch.dedupe[k];
      if (!dedupe) return null;
      const original = originals.get(dedupe);
      if (original && original.at >= at - DUPLICATE_WINDOW_MS) return original.id;
      originals.set(dedupe, { id, at });
      return null;
    });
    const duplicates = dup.filter(Boolean).length;
    result.leads += batch.ids.length;
    result.duplicates += duplicates;
    result.tests += batch.tests;
    result.owned += batch.owned;
    const receiptValues = [
      batch.leads.receipt,
      webhookKeyId,
      batch.leads.at,
      batch.receipts.body,
      batch.receipts.hash,
      pgArrayLiteral(dup.map((d) => (d ? "DUPLICATE" : "CREATED"))),
      pgArrayLiteral(dup.map((d) => (d ? 200 : 201))),
    ];
    const leadValues = [...seedLeadColumns.map(([name]) => batch.leads[name]), pgArrayLiteral(dup)];
    await inFlight;
    inFlight = sql.transaction(async (query) => {
      await query("SET LOCAL synchronous_commit = off");
      await query(insertReceipts, receiptValues);
      await query(insertLeads, leadValues);
    });
    inFlight.catch(() => {}); // a failure is thrown by the await above, at the next batch or after the last

    done += batch.ids.length;
    input.onProgress?.(done);
    if ((done / BATCH) % 40 === 0) pruneOriginals(batch.at[batch.at.length - 1]! - DUPLICATE_WINDOW_MS);
  }
  await inFlight;
  const loaded = performance.now();
  await buildIndexes();
  result.indexMs = performance.now() - loaded;
  result.ms = performance.now() - started;
  return result;
}
