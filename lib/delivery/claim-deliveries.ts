// Takes due outbox rows for one worker. FOR UPDATE SKIP LOCKED lets several
// workers on one PostgreSQL claim at once without waiting on or double-taking
// each other's rows; the claim is a lease (claimedUntil), so a worker that
// dies mid-send leaves rows that another picks up once the lease runs out.
// Times are passed as UTC text: the columns are timestamp without time zone
// holding UTC, and the database's own clock and zone are not trusted.
import { getDb } from "@/lib/db";

export interface Claim {
  id: string;
  /** The lease end; completing a delivery requires it unchanged (see process-delivery). */
  claimedUntil: Date;
}

export async function claimDueDeliveries(options: { limit: number; leaseMs: number; now?: Date }): Promise<Claim[]> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const until = new Date(now.getTime() + options.leaseMs);
  const nowText = now.toISOString();
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "deliveries" SET "claimedUntil" = ${until.toISOString()}::timestamp(3)
    WHERE "id" IN (
      SELECT "id" FROM "deliveries"
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
