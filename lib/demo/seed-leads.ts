// Bulk seeding for the benchmark: N realistic leads (repeat customers and
// their duplicates, test and do-not-contact leads, statuses, owners) written
// the way ingestion writes them — a receipt with the raw body, the lead with
// the same customerKey and searchText the webhook computes — but thousands of
// rows per statement (INSERT … SELECT FROM unnest(arrays)), not a request per lead.
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import type { RawSql } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { utcFromMs } from "@/lib/db/sql-time";
import { demoCustomer, demoLeadBody } from "@/lib/demo/demo-leads";
import { seededRandom } from "@/lib/demo/random";
import { customerKey, dedupeKey } from "@/lib/ingest/customer-key";
import { DUPLICATE_WINDOW_MS } from "@/lib/ingest/limits";
import { parseLead } from "@/lib/ingest/parse-lead";
import { leadSearchText } from "@/lib/leads/search-text";
import type { LeadStatus } from "@/lib/leads/statuses";

const DAY = 86_400_000;
/** Leads are spread over this many days up to now, oldest first. */
export const SEED_DAYS = 365;
const BATCH = 5000;

export interface SeedInput {
  sql: RawSql;
  count: number;
  webhookKeyId: string;
  /** Users leads are assigned to. */
  ownerIds: string[];
  now?: number;
  seed?: number;
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

const statuses: LeadStatus[] = ["NEW", "NEW", "NEW", "CONTACTED", "QUALIFIED", "WON", "LOST", "DISQUALIFIED"];

const receiptColumns = `SELECT t.id, ${utcFromMs("t.at")}, $2::uuid, 'bench-seed', 'application/json',
    convert_to(t.body, 'UTF8'), octet_length(convert_to(t.body, 'UTF8')), false, t.hash, t.outcome::"ReceiptOutcome",
    t.status, ${utcFromMs("t.at")}
  FROM unnest($1::uuid[], $3::float8[], $4::text[], $5::text[], $6::text[], $7::int[])
    AS t(id, at, body, hash, outcome, status)`;
const insertReceipts = `INSERT INTO receipts (id, "receivedAt", "webhookKeyId", "clientAddress", "contentType", body,
    "bodySize", truncated, "bodyHash", outcome, "httpStatus", "processedAt")
  ${receiptColumns}`;

const leadArrays = [
  ["id", "uuid"],
  ["at", "float8"],
  ["receipt", "uuid"],
  ["first", "text"],
  ["last", "text"],
  ["email", "text"],
  ["phone", "text"],
  ["country", "text"],
  ["company", "text"],
  ["title", "text"],
  ["leadsource", "text"],
  ["source", "text"],
  ["action", "text"],
  ["offer", "text"],
  ["offertitle", "text"],
  ["description", "text"],
  ["stage", "text"],
  ["test", "bool"],
  ["dnc", "bool"],
  ["extra", "text"],
  ["ckey", "text"],
  ["dup", "uuid"],
  ["status", "text"],
  ["owner", "uuid"],
  ["search", "text"],
] as const;
const insertLeads = `INSERT INTO leads (id, "receivedAt", "receiptId", "firstName", "lastName", email, phone, country,
    company, title, "leadSource", source, action, "offerId", "offerTitle", description, stage, "isTest", "doNotContact",
    extra, "customerKey", "duplicateOfId", status, "ownerId", "searchText", "updatedAt")
  SELECT t.id, ${utcFromMs("t.at")}, t.receipt, t.first, t.last, t.email, t.phone, t.country, t.company, t.title,
    t.leadsource, t.source, t.action, t.offer, t.offertitle, t.description, t.stage::"FunnelStage", t.test, t.dnc,
    t.extra::jsonb, t.ckey, t.dup, t.status::"LeadStatus", t.owner, t.search, ${utcFromMs("t.at")}
  FROM unnest(${leadArrays.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")})
    AS t(${leadArrays.map(([name]) => name).join(", ")})`;

type LeadColumns = { [K in (typeof leadArrays)[number][0]]: unknown[] };

/**
 * The secondary indexes of the seeded tables (not those behind a primary key
 * or constraint), dropped before the load and built again after it from their
 * own definitions: one sort per index instead of an update per row, most of all
 * for the trigram GIN index on searchText. The bench database is created for
 * the seed, so nothing else reads it meanwhile; the build is part of the seeding time. (The foreign
 * keys stay: validating them afterwards cost more than the per-row checks
 * saved; docs/performance.md.)
 */
async function deferIndexes(sql: RawSql): Promise<() => Promise<void>> {
  const indexRow = z.object({ name: z.string(), definition: z.string() });
  const indexes = parseRows(
    indexRow,
    await sql.query(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename IN ('leads', 'receipts')
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = current_schema()::regnamespace)`,
    ),
  );
  for (const index of indexes) await sql.query(`DROP INDEX "${index.name}"`);
  return () =>
    sql.transaction(async (query) => {
      // Room to sort each index in memory (the session's default is 64 MB).
      await query("SET LOCAL maintenance_work_mem = '256MB'");
      for (const index of indexes) await query(index.definition);
    });
}

export async function seedLeads(input: SeedInput): Promise<SeedResult> {
  const { sql, count, webhookKeyId, ownerIds } = input;
  const started = performance.now();
  const buildIndexes = await deferIndexes(sql);
  const now = input.now ?? Date.now();
  const random = seededRandom(input.seed ?? 20261122);
  // 0.7 customers per lead: most customers come once, some through several funnel steps.
  const customerCount = Math.max(1, Math.ceil(count * 0.7));
  // Made again each time rather than kept: a customer is a function of its number, and keeping
  // them all held ~7M objects at 10M leads.
  const customerOf = (i: number) => demoCustomer(seededRandom(i + 1), i);
  // dedupeKey → the current original (as leaddesk_store_leads() decides it). Leads come in time
  // order, so an original older than the duplicate window can never match again: pruned.
  const originals = new Map<string, { id: string; at: number }>();
  const pruneOriginals = (before: number) => {
    for (const [key, original] of originals) if (original.at < before) originals.delete(key);
  };
  const result: SeedResult = { leads: 0, duplicates: 0, tests: 0, owned: 0, ms: 0, indexMs: 0 };
  let inFlight: Promise<unknown> = Promise.resolve();

  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const r = {
      id: [] as string[],
      at: [] as number[],
      body: [] as string[],
      hash: [] as string[],
      outcome: [] as string[],
      status: [] as number[],
    };
    const l = Object.fromEntries(leadArrays.map(([name]) => [name, [] as unknown[]])) as LeadColumns;
    for (let k = 0; k < n; k++) {
      const i = start + k;
      const at = Math.round(now - SEED_DAYS * DAY + ((i + 1) / count) * SEED_DAYS * DAY);
      const customer = customerOf(random.int(customerCount));
      const text = JSON.stringify(demoLeadBody(random, customer, { test: random.chance(0.01) }));
      const parsed = parseLead(JSON.parse(text));
      if (!parsed.ok) throw new Error(`Seed body did not parse: ${parsed.reason}`);
      const lead = parsed.lead;
      const key = customerKey(lead.customer);
      const id = randomUUID();
      const receiptId = randomUUID();
      let duplicateOf: string | null = null;
      const dedupe = dedupeKey(key, lead);
      if (dedupe) {
        const original = originals.get(dedupe);
        if (original && original.at >= at - DUPLICATE_WINDOW_MS) duplicateOf = original.id;
        else originals.set(dedupe, { id, at });
      }
      const status = lead.doNotContact ? "NEW" : random.pick(statuses);
      const owner = status !== "NEW" || random.chance(0.4) ? random.pick(ownerIds) : null;
      result.leads += 1;
      if (duplicateOf) result.duplicates += 1;
      if (lead.isTest) result.tests += 1;
      if (owner) result.owned += 1;

      r.id.push(receiptId);
      r.at.push(at);
      r.body.push(text);
      r.hash.push(createHash("sha256").update(text).digest("hex"));
      r.outcome.push(duplicateOf ? "DUPLICATE" : "CREATED");
      r.status.push(duplicateOf ? 200 : 201);
      const c = lead.customer;
      const row: Record<keyof LeadColumns, unknown> = {
        id,
        at,
        receipt: receiptId,
        first: c.firstName,
        last: c.lastName,
        email: c.email,
        phone: c.phone,
        country: c.country,
        company: c.company,
        title: c.title,
        leadsource: lead.leadSource,
        source: lead.source,
        action: lead.action,
        offer: lead.offerId,
        offertitle: lead.offerTitle,
        description: lead.description,
        stage: lead.stage,
        test: lead.isTest,
        dnc: lead.doNotContact,
        extra: Object.keys(lead.extra).length ? JSON.stringify(lead.extra) : null,
        ckey: key,
        dup: duplicateOf,
        status,
        owner,
        search: leadSearchText(c),
      };
      for (const [name] of leadArrays) l[name].push(row[name]);
    }
    // One batch in flight while the next is generated: the database works on one core, this process on the other.
    await inFlight;
    inFlight = sql.transaction(async (query) => {
      await query("SET LOCAL synchronous_commit = off");
      await query(insertReceipts, [r.id, webhookKeyId, r.at, r.body, r.hash, r.outcome, r.status]);
      await query(
        insertLeads,
        leadArrays.map(([name]) => l[name]),
      );
    });
    input.onProgress?.(start + n);
    if ((start / BATCH) % 40 === 39) pruneOriginals(r.at[r.at.length - 1]! - DUPLICATE_WINDOW_MS);
  }
  await inFlight;
  const loaded = performance.now();
  await buildIndexes();
  result.indexMs = performance.now() - loaded;
  result.ms = performance.now() - started;
  return result;
}
