// Takes due outbox rows for one worker (deliveries, and the alerts' outbox,
// which has the same columns). FOR UPDATE SKIP LOCKED lets several
// workers on one PostgreSQL claim at once without waiting on or double-taking
// each other's rows; the claim is a lease (claimedUntil), so a worker that
// dies mid-send leaves rows that another picks up once the lease runs out.
// The app's clock decides what is due (sql-time.ts), not the database's.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseRows } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";

export interface Claim {
  id: string;
  /** The lease end; completing a delivery requires it unchanged (see process-delivery). */
  claimedUntil: Date;
}

export type ClaimOptions = { limit: number; leaseMs: number; now?: Date };

/** Claims due PENDING rows of an outbox table (a fixed name, never input). */
export async function claimDueRows(table: "deliveries" | "alert_messages", options: ClaimOptions): Promise<Claim[]> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const until = new Date(now.getTime() + options.leaseMs);
  const name = Prisma.raw(`"${table}"`);
  const rows = await db.$queryRaw`
    UPDATE ${name} SET "claimedUntil" = ${sqlTime(until)}
    WHERE "id" IN (
      SELECT "id" FROM ${name}
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

export const claimDueDeliveries = (options: ClaimOptions) => claimDueRows("deliveries", options);
