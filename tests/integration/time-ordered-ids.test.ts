// Rows that grow with every lead take time-ordered ids (UUID version 7), so a
// new row's primary key entry lands on the index's last page
// (lib/db/time-ordered-id.ts); ids that must not be guessed stay random.
import { describe, expect, it } from "vitest";
import { startSession } from "@/lib/auth/session-rows";
import { getDb, getSql } from "@/lib/db";
import { rule, salesUser } from "@/tests/support/assignment";
import { newKey, post } from "@/tests/support/webhook";

const version = (v: number) => new RegExp(`^[0-9a-f]{8}-[0-9a-f]{4}-${v}[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`);
const msOf = (id: string) => parseInt(id.replaceAll("-", "").slice(0, 12), 16);
const nextMs = () => new Promise((resolve) => setTimeout(resolve, 5));

/** The ids in PostgreSQL's own order of uuids, which its primary key indexes follow. */
async function inDatabaseOrder(ids: string[]): Promise<string[]> {
  const rows = await (await getSql()).query("SELECT id::text AS id FROM unnest($1::uuid[]) AS id ORDER BY id", [ids]);
  return rows.map((row) => String(row.id));
}

describe("time-ordered ids", () => {
  it("are made in the database too (leaddesk_time_ordered_id): version 7, the millisecond first", async () => {
    const sql = await getSql();
    const before = Date.now();
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [row] = await sql.query("SELECT leaddesk_time_ordered_id()::text AS id");
      made.push(String(row!.id));
      await nextMs();
    }
    for (const id of made) {
      expect(id).toMatch(version(7));
      expect(msOf(id)).toBeGreaterThanOrEqual(before - 1);
      expect(msOf(id)).toBeLessThanOrEqual(Date.now() + 1);
    }
    expect(await inDatabaseOrder([...made].reverse())).toEqual(made);
  });

  it("are what ingestion gives a receipt, its lead, the lead's deliveries and its owner's activity", async () => {
    const db = await getDb();
    const owner = await salesUser("ids");
    await rule({ name: "ids", offers: ["contoso.ids-offer"], mode: "ONE_USER", userId: owner.id });
    await db.destination.create({ data: { kind: "HTTPS", name: "ids" } });
    const { key } = await newKey();
    const body = (n: number) => ({
      UserDetails: { FirstName: "Ida", LastName: `Ordered${n}`, Email: `ida${n}.${Date.now()}@contoso.com` },
      LeadSource: "AzureMarketplace-INS|contoso.ids-offer",
      ActionCode: "INS",
    });
    const posted = [];
    for (const n of [1, 2, 3]) {
      posted.push(n === 2 ? await post(key, "{ not json") : await post(key, body(n)));
      await nextMs();
    }
    expect(posted.map((p) => p.status)).toEqual([201, 400, 201]);
    const leads = await Promise.all(
      [posted[0]!, posted[2]!].map((p) =>
        db.lead.findUniqueOrThrow({
          where: { id: String(p.json.id) },
          include: { deliveries: true, activities: { where: { kind: "OWNER" } } },
        }),
      ),
    );
    const receipts = [leads[0]!.receiptId, String(posted[1]!.json.receiptId), leads[1]!.receiptId];
    const deliveries = leads.map((lead) => lead.deliveries[0]!.id);
    const activities = leads.map((lead) => lead.activities[0]!.id);
    for (const ids of [receipts, leads.map((lead) => lead.id), deliveries, activities]) {
      for (const id of ids) expect(id).toMatch(version(7));
      expect(await inDatabaseOrder([...ids].reverse())).toEqual(ids);
    }
  });

  it("are what Prisma gives the growing tables' rows; users and sessions keep random ids", async () => {
    const db = await getDb();
    const user = await salesUser("random");
    const session = await startSession(user.id);
    const lead = await db.lead.findFirstOrThrow();
    const activity = await db.leadActivity.create({ data: { leadId: lead.id, kind: "NOTE", note: "ids" } });
    expect(activity.id).toMatch(version(7));
    expect(user.id).toMatch(version(4));
    expect(session).toMatch(version(4));
  });
});
