// Takes due alert messages for one worker, as the delivery outbox does
// (claim-deliveries.ts): FOR UPDATE SKIP LOCKED, and a lease that another
// worker may take over once it runs out. Times as UTC text (timestamp columns).
import { getDb } from "@/lib/db";

export interface AlertClaim {
  id: string;
  claimedUntil: Date;
}

export async function claimDueAlerts(options: { limit: number; leaseMs: number; now?: Date }): Promise<AlertClaim[]> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const until = new Date(now.getTime() + options.leaseMs);
  const nowText = now.toISOString();
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "alert_messages" SET "claimedUntil" = ${until.toISOString()}::timestamp(3)
    WHERE "id" IN (
      SELECT "id" FROM "alert_messages"
      WHERE "state" = 'PENDING'
        AND "nextAttemptAt" <= ${nowText}::timestamp(3)
        AND ("claimedUntil" IS NULL OR "claimedUntil" <= ${nowText}::timestamp(3))
      ORDER BY "nextAttemptAt"
      LIMIT ${options.limit}::int
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"::text AS "id"`;
  return rows.map((r) => ({ id: r.id, claimedUntil: until }));
}
