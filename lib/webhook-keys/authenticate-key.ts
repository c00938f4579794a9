// Resolves a presented key to an active webhook key. A key found active is
// remembered for KEY_CACHE_MS, so a burst of leads costs one look-up, not one
// each: a key revoked by another process stops working within that window (in
// this process, revokeWebhookKey forgets it at once). Unknown keys are never
// remembered, so a new key works immediately. Recording "last used" (and, once
// a body became a lead, "last lead") is a write, so each happens at most once a
// minute per key. Plain SQL: this runs for every post.
import { z } from "zod";
import { getSql } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { utcFromMs } from "@/lib/db/sql-time";
import { hashWebhookKey, looksLikeWebhookKey } from "./key-hash";

export const KEY_CACHE_MS = 2_000;
const touchEveryMs = 60_000;
const lastTouched = new Map<string, number>();
const leadNoted = new Map<string, number>();

/** Sets a key's time column unless this process did so for the key within the last minute. */
async function touch(column: "lastUsedAt" | "lastLeadAt", seen: Map<string, number>, keyId: string, now: number) {
  if (now - (seen.get(keyId) ?? 0) <= touchEveryMs) return;
  seen.set(keyId, now);
  const sql = await getSql();
  await sql.query(`UPDATE webhook_keys SET "${column}" = ${utcFromMs("$2")} WHERE id = $1`, [keyId, now]);
}
const active = new Map<string, { id: string; until: number }>();

export async function authenticateWebhookKey(key: string | null | undefined): Promise<{ id: string } | null> {
  if (!key || !looksLikeWebhookKey(key)) return null;
  const keyHash = hashWebhookKey(key);
  const now = Date.now();
  const cached = active.get(keyHash);
  if (cached && cached.until > now) return { id: cached.id };

  const sql = await getSql();
  const [row] = parseRows(
    z.object({ id: z.string() }),
    await sql.query('SELECT id::text FROM webhook_keys WHERE "keyHash" = $1 AND "revokedAt" IS NULL', [keyHash]),
  );
  if (!row) {
    active.delete(keyHash);
    return null;
  }
  active.set(keyHash, { id: row.id, until: now + KEY_CACHE_MS });
  await touch("lastUsedAt", lastTouched, row.id, now);
  return { id: row.id };
}

/** A body on this key became a lead (real or test): the silence watchdog's clock. */
export function noteLeadOnKey(keyId: string, at: Date): Promise<void> {
  return touch("lastLeadAt", leadNoted, keyId, at.getTime());
}

export function forgetWebhookKey(keyHash: string): void {
  active.delete(keyHash);
}
