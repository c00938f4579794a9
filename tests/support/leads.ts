// Seeds leads for the lead-list tests through the real webhook handler, each
// with a caller-chosen offer so a test can scope every query to its own rows.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { COUNT_CAP } from "@/lib/leads/list-leads";
import { parseLeadListParams, type LeadListParams } from "@/lib/leads/list-params";
import { estimatedLeadRows, type TableSampling } from "@/lib/leads/table-sample";
import { newKey, post } from "./webhook";

export interface LeadSpec {
  first?: string;
  last?: string;
  email?: string;
  company?: string;
  title?: string;
  country?: string;
  /** Marketplace source code as sent: AzureMarketplace, AzurePortal, TestDrive, SPZA. */
  source?: string;
  action?: string;
  offer: string;
  offerTitle?: string;
  test?: boolean;
  receivedAt?: Date;
}

let keyPromise: Promise<string> | undefined;

export async function seedLead(spec: LeadSpec): Promise<string> {
  keyPromise ??= newKey("leads tests").then((k) => k.key);
  const action = spec.action ?? "INS";
  const unique = randomUUID().slice(0, 8);
  const body = {
    UserDetails: {
      FirstName: spec.first ?? "Test",
      LastName: spec.last ?? `Person ${unique}`,
      Email: spec.email ?? `p-${unique}@example.com`,
      Company: spec.company ?? "Contoso",
      Title: spec.title ?? "Buyer",
      Country: spec.country ?? "US",
    },
    LeadSource: `${spec.source ?? "AzureMarketplace"}-${action}|${spec.offer}`,
    ActionCode: action,
    OfferTitle: spec.offerTitle ?? `Offer ${spec.offer}`,
    ...(spec.test ? { Description: "MSFT_TEST_636573304831318844" } : {}),
  };
  const res = await post(await keyPromise, body);
  if (res.status >= 300) throw new Error(`Seeding failed: ${res.status} ${JSON.stringify(res.json)}`);
  const id = String(res.json.id);
  if (spec.receivedAt) {
    const db = await getDb();
    await db.lead.update({ where: { id }, data: { receivedAt: spec.receivedAt } });
  }
  return id;
}

export async function seedUser(role: "ADMIN" | "SALES" = "SALES"): Promise<SessionUser> {
  const db = await getDb();
  const email = `u-${randomUUID().slice(0, 8)}@example.com`;
  const user = await db.user.create({ data: { email, name: `User ${email}`, role } });
  return {
    id: user.id,
    email,
    name: user.name,
    role,
    mustChangePassword: false,
    listDensity: "compact" as const,
    timeZone: null,
    locale: null,
  };
}

export function uniqueOffer(): string {
  return `pub.offer-${randomUUID().slice(0, 8)}`;
}

/** Leads that stand for millions in the large-table tests, with `sampleHalf`. */
export const LARGE_TABLE_LEADS = 24_000;

/**
 * Every table is "large" (estimated from a page sample), the sample reads
 * about half of it, and it is taken afresh for every use, so it always holds
 * what the test just wrote.
 */
export const sampleHalf: TableSampling = {
  exactTableRows: 0,
  sampleRows: LARGE_TABLE_LEADS / 2,
  exactLimit: COUNT_CAP,
  estimateAbove: COUNT_CAP,
  estimateSampled: 0,
  testedWindowRows: 0,
  keyedWindowRows: LARGE_TABLE_LEADS,
  splitBelow: 0,
  refreshAfterMs: 0,
  maxAgeMs: 0,
};

/**
 * `sampleHalf`, but the table is counted exactly at the size the planner now gives it
 * (what leadSample reads), and no larger. Not LARGE_TABLE_LEADS: after updates, VACUUM
 * may estimate 24,000 leads at ~33,000, and autovacuum runs whenever it likes.
 */
export async function countedExactly(): Promise<TableSampling> {
  return { ...sampleHalf, exactTableRows: await estimatedLeadRows() };
}

/**
 * Many leads at once, in plain SQL (the webhook would take minutes for this
 * many): lead n has source, action, stage and status cycling with n, and the
 * first `rare` of them carry the search word "zanzibarite". With `minutesApart`,
 * lead n arrived n times that long ago (else all now), with `lostEvery`,
 * every such lead is LOST, and the first `allNew` (the newest) are NEW, as
 * leads nobody has triaged yet are. Then ANALYZE, so the planner and the
 * table's row estimate know them.
 */
export async function insertLeadsInBulk(
  count: number,
  rare = 0,
  { minutesApart = 0, lostEvery = 0, allNew = 0 }: { minutesApart?: number; lostEvery?: number; allNew?: number } = {},
): Promise<void> {
  const db = await getDb();
  await db.$executeRaw`
    WITH numbered AS (SELECT n, gen_random_uuid() AS receipt FROM generate_series(1, ${count}) AS n),
    receipts AS (
      INSERT INTO receipts (id, body, "bodySize", "bodyHash", outcome)
      SELECT receipt, '\\x7b7d'::bytea, 2, md5(n::text), 'CREATED' FROM numbered RETURNING id
    )
    INSERT INTO leads (id, "receiptId", source, action, "offerId", stage, status, "searchText", "receivedAt", "updatedAt")
    SELECT gen_random_uuid(), receipt,
      (ARRAY['AzureMarketplace', 'AppSource', 'AzurePortal', 'TestDrive'])[1 + n % 4],
      (ARRAY['INS', 'PLT', 'Create'])[1 + n % 3],
      (ARRAY['pub.one', 'pub.two'])[1 + n % 2],
      (ARRAY['INITIAL_INTEREST', 'ACTIVE', 'TRIAL'])[1 + n % 3]::"FunnelStage",
      CASE WHEN n <= ${allNew} THEN 'NEW' WHEN ${lostEvery} > 0 AND n % ${lostEvery} = 0 THEN 'LOST'
        ELSE (ARRAY['NEW', 'CONTACTED'])[1 + n % 2]
      END::"LeadStatus",
      CASE WHEN n <= ${rare} THEN 'zanzibarite ' ELSE '' END || 'person ' || n,
      now() - n * ${minutesApart} * interval '1 minute',
      now()
    FROM numbered`;
  await db.$executeRaw`ANALYZE leads`;
}

/** List params from a query string, like the page gets them. */
export function params(query: string): LeadListParams {
  return parseLeadListParams(new URLSearchParams(query));
}

/** A stream's text (an export), chunk by chunk, decoded as one: a character split across chunks stays whole. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    chunks.push(decoder.decode(chunk, { stream: true }));
  return chunks;
}
