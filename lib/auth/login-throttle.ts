// Refuses sign-ins for a while after repeated failures: a few failures for the
// same e-mail (or many more from the same client address) lock that key, for
// 15 s at first, doubling with each further failure, up to 15 minutes. While
// locked, attempts are refused without checking the password, so parallel
// guessing gains nothing, and even the right password waits. Keys are
// independent: locking one e-mail leaves other accounts alone, and nothing is
// locked for longer than the cap.
//
// The count lives in the database (login_throttle) and an attempt is counted
// *before* its password is checked, in one transaction that holds the keys'
// rows: concurrent attempts, on one instance or several, queue on those rows,
// so no more than the free allowance is ever checked. A right password hands
// its count back (the account's count is forgotten; the address's is returned).
import { z } from "zod";
import { getSql, type SqlQuery } from "@/lib/db";
import { parseRow } from "@/lib/db/rows";

const windowMs = 15 * 60_000;
const baseLockMs = 15_000;
const maxLockMs = 15 * 60_000;
/** Attempts allowed before a key locks: per account, and per address (shared by an office). */
const freeFailures = { email: 5, ip: 30 } as const;
const maxKeyLength = 300;
const sweepEveryMs = 60_000;

export type LoginKey = `email:${string}` | `ip:${string}`;

const free = (key: LoginKey) => (key.startsWith("ip:") ? freeFailures.ip : freeFailures.email);
const clip = (key: LoginKey) => key.slice(0, maxKeyLength);

class Refused extends Error {}

const throttleRow = z.object({ failures: z.number(), lastMs: z.number(), lockedUntilMs: z.number().nullable() });

/** Counts one attempt on `key` unless it is locked; false when locked (nothing counted). */
async function countAttempt(query: SqlQuery, key: LoginKey, now: number): Promise<boolean> {
  await query(`INSERT INTO login_throttle (key, failures, "lastMs") VALUES ($1, 0, $2) ON CONFLICT (key) DO NOTHING`, [
    clip(key),
    now,
  ]);
  const row = parseRow(
    throttleRow,
    await query(
      `SELECT failures, "lastMs"::float8 AS "lastMs", "lockedUntilMs"::float8 AS "lockedUntilMs"
       FROM login_throttle WHERE key = $1 FOR UPDATE`,
      [clip(key)],
    ),
  );
  if (row.lockedUntilMs !== null && row.lockedUntilMs > now) return false;
  const failures = (now - row.lastMs > windowMs ? 0 : row.failures) + 1;
  const over = failures - free(key);
  const lockedUntil = over >= 0 ? now + Math.min(maxLockMs, baseLockMs * 2 ** over) : null;
  await query(`UPDATE login_throttle SET failures = $2, "lastMs" = $3, "lockedUntilMs" = $4 WHERE key = $1`, [
    clip(key),
    failures,
    now,
    lockedUntil,
  ]);
  return true;
}

/**
 * Counts this attempt against every key, atomically: true when its password
 * may be checked now, false when a key is locked (then nothing is counted).
 */
export async function beginLoginAttempt(keys: LoginKey[], now = Date.now()): Promise<boolean> {
  const sql = await getSql();
  await sweep(now);
  try {
    // Keys in a fixed order, so concurrent transactions lock rows in the same order.
    return await sql.transaction(async (query) => {
      for (const key of [...keys].sort()) if (!(await countAttempt(query, key, now))) throw new Refused();
      return true;
    });
  } catch (error) {
    if (error instanceof Refused) return false;
    throw error;
  }
}

/** After a right password: the account's count is forgotten; the address gets this attempt back. */
export async function loginSucceeded(keys: LoginKey[]): Promise<void> {
  const sql = await getSql();
  for (const key of keys) {
    if (key.startsWith("email:")) await sql.query(`DELETE FROM login_throttle WHERE key = $1`, [clip(key)]);
    else {
      await sql.query(
        `UPDATE login_throttle
         SET failures = failures - 1, "lockedUntilMs" = CASE WHEN failures - 1 < $2 THEN NULL ELSE "lockedUntilMs" END
         WHERE key = $1 AND failures > 0`,
        [clip(key), free(key)],
      );
    }
  }
}

let lastSweep = 0;
/** Forgets keys idle for longer than the window (at most once a minute per process). */
async function sweep(now: number): Promise<void> {
  if (now - lastSweep < sweepEveryMs) return;
  lastSweep = now;
  const sql = await getSql();
  const idle = `DELETE FROM login_throttle WHERE "lastMs" < $1 AND ("lockedUntilMs" IS NULL OR "lockedUntilMs" < $2)`;
  await sql.query(idle, [now - windowMs, now]);
}
