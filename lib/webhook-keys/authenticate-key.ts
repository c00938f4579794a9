// Resolves a presented key to an active webhook key. A key found active is
// remembered for KEY_CACHE_MS, so a burst of leads costs one look-up, not one
// each: a key revoked by another process stops working within that window (in
// this process, revokeWebhookKey forgets it at once). Unknown keys are never
// remembered, so a new key works immediately. Recording "last used" is a
// write, so it happens at most once a minute per key. Plain SQL: this runs for
// every post.
import { z } from "zod";
import { getSql } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { utcFromMs } from "@/lib/db/sql-time";
import { hashWebhookKey, looksLikeWebhookKey } from "./key-hash";

export const KEY_CACHE_MS = 2_000;
const touchEveryMs = 60_000;
const lastTouched = new Map<string, number>();
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
  if (now - (lastTouched.get(keyHash) ?? 0) > touchEveryMs) {
    lastTouched.set(keyHash, now);
    await sql.query(`UPDATE webhook_keys SET "lastUsedAt" = ${utcFromMs("$2")} WHERE id = $1`, [row.id, now]);
  }
  return { id: row.id };
}

export function forgetWebhookKey(keyHash: string): void {
  lastTouched.delete(keyHash);
  active.delete(keyHash);
}
