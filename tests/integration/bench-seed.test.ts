// The benchmark's bulk seed: realistic leads in bulk, with the tables' indexes
// dropped for the load and built again afterwards exactly as they were.
import { describe, expect, it } from "vitest";
import { getSql } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { createWebhookKey } from "@/lib/webhook-keys/create-key";
import { seedLeads } from "@/lib/demo/seed-leads";

describe("bench seeding", () => {
  it("loads the leads and leaves every index and foreign key of leads and receipts as the migrations made it", async () => {
    const sql = await getSql();
    const keys = () =>
      sql.query(
        `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
         WHERE conrelid IN ('leads'::regclass, 'receipts'::regclass) ORDER BY conname`,
      ) as Promise<{ name: string; definition: string }[]>;
    const keysBefore = await keys();
    expect(keysBefore.map((k) => k.name)).toEqual(
      expect.arrayContaining(["leads_receiptId_fkey", "leads_duplicateOfId_fkey", "leads_ownerId_fkey"]),
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
      count: 1200,
      webhookKeyId: (await createWebhookKey("Seed test")).id,
      ownerIds: [owner.id],
      seed: 7,
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
    expect(counts).toMatchObject({ leads: 1200, receipts: 1200, duplicates: result.duplicates });
    expect(result.duplicates).toBeGreaterThan(0);
    expect(counts!.found).toBeGreaterThan(0);
  });
});
