// Takes due alert messages for one worker, as the delivery outbox does
// (claim-deliveries.ts): FOR UPDATE SKIP LOCKED, and a lease that another
// worker may take over once it runs out. The app's clock decides what is due (sql-time.ts).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";

export interface AlertClaim {
  id: string;
  claimedUntil: Date;
}

export async function claimDueAlerts(options: { limit: number; leaseMs: number; now?: Date }): Promise<AlertClaim[]> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const until = new Date(now.getTime() + options.leaseMs);
  const rows = await db.$queryRaw`
    UPDATE "alert_messages" SET "claimedUntil" = ${sqlTime(until)}
    WHERE "id" IN (
      SELECT "id" FROM "alert_messages"
      WHERE "state" = 'PENDING'
        AND "nextAttemptAt" <= ${sqlTime(now)}
        AND ("claimedUntil" IS NULL OR "claimedUntil" <= ${sqlTime(now)})
      ORDER BY "nextAttemptAt"
      LIMIT ${options.limit}::int
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"::text AS "id"`;
  return parseRows(z.object({ id: z.string() }), rows).map((r) => ({ id: r.id, claimedUntil: until }));
}
