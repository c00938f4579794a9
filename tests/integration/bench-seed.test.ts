// The benchmark's bulk seed: realistic leads in bulk, with the tables' indexes
// dropped for the load and built again afterwards exactly as they were.
import { describe, expect, it } from "vitest";
import { getSql } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { createWebhookKey } from "@/lib/webhook-keys/create-key";
import { pgArrayLiteral } from "@/lib/demo/seed-batch";
import { seedLeads } from "@/lib/demo/seed-leads";
import { DUPLICATE_WINDOW_MS } from "@/lib/ingest/limits";

describe("bench seeding", () => {
  it("loads the leads and leaves every index and foreign key of leads and receipts as the migrations made it", async () => {
    const sql = await getSql();
    const keys = () =>
      sql.query(
        `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
         WHERE conrelid IN ('leads'::regclass, 'receipts'::regclass) OR confrelid IN ('leads'::regclass, 'receipts'::regclass)
         ORDER BY conname`,
      ) as Promise<{ name: string; definition: string }[]>;
    const keysBefore = await keys();
    expect(keysBefore.map((k) => k.name)).toEqual(
      expect.arrayContaining([
        "leads_pkey",
        "receipts_pkey",
        "leads_receiptId_fkey",
        "leads_duplicateOfId_fkey",
        "leads_ownerId_fkey",
        "deliveries_leadId_fkey",
      ]),
    );
    const indexes = () =>
      sql.query(
        `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename IN ('leads', 'receipts') ORDER BY indexname`,
      ) as Promise<{ name: string; definition: string }[]>;
    const before = await indexes();
    expect(before.map((i) => i.name)).toEqual(
      expect.arrayContaining(["leads_search_filters_idx", "leads_receiptId_key", "leads_pkey"]),
    );
    const owner = (await createUser({ email: "bench-seed-owner@example.com", role: "SALES" })).user;
    const result = await seedLeads({
      sql,
      // Three batches made by two workers: duplicates are decided across batches, in lead order.
      count: 11_000,
      webhookKeyId: (await createWebhookKey("Seed test")).id,
      ownerIds: [owner.id],
      seed: 7,
      workers: 2,
    });

    expect(await indexes()).toEqual(before);
    expect(await keys()).toEqual(keysBefore);
    // The keys are enforced again: a lead naming no receipt is refused.
    await expect(
      sql.query(`UPDATE leads SET "receiptId" = gen_random_uuid() WHERE id = (SELECT id FROM leads LIMIT 1)`),
    ).rejects.toThrow(/foreign key/);
    const [counts] = await (sql.query(
      `SELECT (SELECT count(*)::int FROM leads) AS leads, (SELECT count(*)::int FROM receipts) AS receipts,
              (SELECT count(*)::int FROM leads WHERE "duplicateOfId" IS NOT NULL) AS duplicates,
              (SELECT count(*)::int FROM leads WHERE "searchText" LIKE '%' || (SELECT split_part("searchText", ' ', 1) FROM leads LIMIT 1) || '%') AS found`,
    ) as Promise<{ leads: number; receipts: number; duplicates: number; found: number }[]>);
    expect(counts).toMatchObject({ leads: 11_000, receipts: 11_000, duplicates: result.duplicates });
    expect(result.duplicates).toBeGreaterThan(100);
    expect(counts!.found).toBeGreaterThan(0);

    // Every duplicate names the first lead of its customer, offer and action within the duplicate
    // window, received before it, and its receipt says so; every lead has a receipt of its own.
    const [links] = await (sql.query(
      `SELECT count(*) FILTER (WHERE o.id IS NULL OR o."duplicateOfId" IS NOT NULL OR o."receivedAt" >= d."receivedAt"
                OR o."receivedAt" < d."receivedAt" - make_interval(secs => $1 / 1000.0)
                OR o."customerKey" IS DISTINCT FROM d."customerKey" OR o."offerId" IS DISTINCT FROM d."offerId"
                OR o.action IS DISTINCT FROM d.action)::int AS wrong,
              count(*) FILTER (WHERE r.outcome <> 'DUPLICATE' OR r."httpStatus" <> 200)::int AS "wrongReceipts",
              (SELECT count(*)::int FROM receipts WHERE outcome = 'CREATED' AND "httpStatus" = 201) AS created,
              (SELECT count(DISTINCT "receiptId")::int FROM leads) AS "ownReceipts"
         FROM leads d LEFT JOIN leads o ON o.id = d."duplicateOfId" JOIN receipts r ON r.id = d."receiptId"
        WHERE d."duplicateOfId" IS NOT NULL`,
      [DUPLICATE_WINDOW_MS],
    ) as Promise<{ wrong: number; wrongReceipts: number; created: number; ownReceipts: number }[]>);
    expect(links).toEqual({ wrong: 0, wrongReceipts: 0, created: 11_000 - result.duplicates, ownReceipts: 11_000 });

    // Ids as ingestion makes them (lib/db/time-ordered-id.ts): version 7, the lead's arrival in
    // their first 48 bits, so the primary keys follow the leads' order of arrival.
    const [ids] = await (sql.query(
      `SELECT count(*) FILTER (WHERE substr(l.id::text, 15, 1) <> '7' OR substr(r.id::text, 15, 1) <> '7')::int AS other,
              count(*) FILTER (WHERE ('x' || lpad(replace(left(l.id::text, 13), '-', ''), 16, '0'))::bit(64)::bigint
                <> floor(extract(epoch FROM l."receivedAt") * 1000))::int AS "notArrival"
         FROM leads l JOIN receipts r ON r.id = l."receiptId"`,
    ) as Promise<{ other: number; notArrival: number }[]>);
    expect(ids).toEqual({ other: 0, notArrival: 0 });
  });

  it("sends each column as an array literal that PostgreSQL reads back unchanged", async () => {
    const sql = await getSql();
    const values = ["plain", 'a "quoted" word', "back\\slash", "comma, {brace}", "", "NULL", "São João — Ñandú", null];
    const [row] = (await sql.query(`SELECT $1::text[] AS a`, [pgArrayLiteral(values)])) as { a: (string | null)[] }[];
    expect(row!.a).toEqual(values);
    const [typed] = (await sql.query(`SELECT $1::float8[] AS n, $2::bool[] AS b`, [
      pgArrayLiteral([1764806400123, -2.5]),
      pgArrayLiteral([true, false, null]),
    ])) as { n: number[]; b: (boolean | null)[] }[];
    expect(typed).toEqual({ n: [1764806400123, -2.5], b: [true, false, null] });
  });
});
