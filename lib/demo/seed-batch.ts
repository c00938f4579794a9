// One batch of the benchmark seed's leads and receipts, made apart from the database writes so
// that worker threads can make batches side by side (seed-worker.mjs). Each batch draws from its
// own random stream, seeded by the seed and the batch's first lead, so the data does not depend
// on how many workers made it. Which leads are duplicates is decided afterwards, in lead order,
// by seedLeads: it needs every earlier lead.
import { createHash } from "node:crypto";
import { timeOrderedId } from "@/lib/db/time-ordered-id";
import { demoCustomer, demoLeadBody } from "@/lib/demo/demo-leads";
import { seededRandom } from "@/lib/demo/random";
import { customerKey, dedupeKey } from "@/lib/ingest/customer-key";
import { parseLead } from "@/lib/ingest/parse-lead";
import { leadSearchText } from "@/lib/leads/search-text";
import type { LeadStatus } from "@/lib/leads/statuses";

const DAY = 86_400_000;
/** Leads are spread over this many days up to now, oldest first. */
const SEED_DAYS = 365;

/** The leads columns a batch fills, with their array types (duplicateOfId is added by seedLeads). */
export const seedLeadColumns = [
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
  ["status", "text"],
  ["owner", "uuid"],
  ["search", "text"],
] as const;
type LeadColumn = (typeof seedLeadColumns)[number][0];
type Cell = string | number | boolean | null;

export interface SeedJob {
  /** The batch's first lead, counted from 0, and how many leads it has. */
  start: number;
  n: number;
  /** All leads of the seed, over which SEED_DAYS are spread. */
  count: number;
  now: number;
  seed: number;
  ownerIds: string[];
}

export interface SeedBatch {
  /** Each column as a PostgreSQL array literal, for `$n::type[]`: cheaper to send than arrays. A
   * receipt's id and time are its lead's `receipt` and `at`; its own columns are `body` and `hash`. */
  leads: Record<LeadColumn, string>;
  receipts: { body: string; hash: string };
  /** Per lead, for the duplicate decision: its id, when it came and its dedupe key. */
  ids: string[];
  at: number[];
  dedupe: (string | null)[];
  tests: number;
  owned: number;
}

const statuses: LeadStatus[] = ["NEW", "NEW", "NEW", "CONTACTED", "QUALIFIED", "WON", "LOST", "DISQUALIFIED"];

/** `{"a","b",NULL}`: PostgreSQL's text form of an array, read by a `$n::type[]` parameter. */
export function pgArrayLiteral(values: readonly Cell[]): string {
  const cells = values.map((v) =>
    v === null ? "NULL" : typeof v === "string" ? `"${v.replace(/[\\"]/g, "\\$&")}"` : String(v),
  );
  return `{${cells.join(",")}}`;
}

export function seedBatch(job: SeedJob): SeedBatch {
  const { start, n, count, now, ownerIds } = job;
  const random = seededRandom(Math.imul(job.seed, 2_654_435_761) ^ start);
  // 0.7 customers per lead: most customers come once, some through several funnel steps. A customer
  // is a function of its number, so batches made apart still share them.
  const customerCount = Math.max(1, Math.ceil(count * 0.7));
  const cols = Object.fromEntries(seedLeadColumns.map(([name]) => [name, [] as Cell[]])) as Record<LeadColumn, Cell[]>;
  const receipts = { body: [] as string[], hash: [] as string[] };
  const batch = { ids: [] as string[], at: [] as number[], dedupe: [] as (string | null)[], tests: 0, owned: 0 };
  for (let k = 0; k < n; k++) {
    const i = start + k;
    const at = Math.round(now - SEED_DAYS * DAY + ((i + 1) / count) * SEED_DAYS * DAY);
    const serial = random.int(customerCount);
    const customer = demoCustomer(seededRandom(serial + 1), serial);
    const text = JSON.stringify(demoLeadBody(random, customer, { test: random.chance(0.01) }));
    const parsed = parseLead(JSON.parse(text));
    if (!parsed.ok) throw new Error(`Seed body did not parse: ${parsed.reason}`);
    const lead = parsed.lead;
    const key = customerKey(lead.customer);
    const status = lead.doNotContact ? "NEW" : random.pick(statuses);
    const owner = status !== "NEW" || random.chance(0.4) ? random.pick(ownerIds) : null;
    const id = timeOrderedId(at);
    if (lead.isTest) batch.tests += 1;
    if (owner) batch.owned += 1;
    batch.ids.push(id);
    batch.at.push(at);
    batch.dedupe.push(dedupeKey(key, lead));
    receipts.body.push(text);
    receipts.hash.push(createHash("sha256").update(text).digest("hex"));
    const c = lead.customer;
    const row: Record<LeadColumn, Cell> = {
      id,
      at,
      receipt: timeOrderedId(at),
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
      status,
      owner,
      search: leadSearchText(c),
    };
    for (const [name] of seedLeadColumns) cols[name].push(row[name] ?? null);
  }
  const leads = Object.fromEntries(seedLeadColumns.map(([name]) => [name, pgArrayLiteral(cols[name])]));
  return {
    ...batch,
    leads: leads as Record<LeadColumn, string>,
    receipts: { body: pgArrayLiteral(receipts.body), hash: pgArrayLiteral(receipts.hash) },
  };
}
