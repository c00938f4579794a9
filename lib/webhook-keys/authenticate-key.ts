// Resolves a presented key to an active webhook key. Recording "last used" is
// a write, so it happens at most once a minute per key, not on every lead.
// Plain SQL: this runs for every post.
import { getSql } from "@/lib/db";
import { utcFromMs } from "@/lib/db/sql-time";
import { hashWebhookKey, looksLikeWebhookKey } from "./key-hash";

const touchEveryMs = 60_000;
const lastTouched = new Map<string, number>();

export async function authenticateWebhookKey(key: string | null | undefined): Promise<{ id: string } | null> {
  if (!key || !looksLikeWebhookKey(key)) return null;
  const keyHash = hashWebhookKey(key);
  const sql = await getSql();
  const [row] = await sql.query<{ id: string }>('SELECT id::text FROM webhook_keys WHERE "keyHash" = $1 AND "revokedAt" IS NULL', [keyHash]);
  if (!row) return null;
  const now = Date.now();
  if (now - (lastTouched.get(keyHash) ?? 0) > touchEveryMs) {
    lastTouched.set(keyHash, now);
    await sql.query(`UPDATE webhook_keys SET "lastUsedAt" = ${utcFromMs("$2")} WHERE id = $1`, [row.id, now]);
  }
  return { id: row.id };
}

export function forgetWebhookKey(keyHash: string): void {
  lastTouched.delete(keyHash);
}
