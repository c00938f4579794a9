// Resolves a presented key to an active webhook key. Recording "last used" is
// a write, so it happens at most once a minute per key, not on every lead.
import { getDb } from "@/lib/db";
import { hashWebhookKey, looksLikeWebhookKey } from "./key-hash";

const touchEveryMs = 60_000;
const lastTouched = new Map<string, number>();

export async function authenticateWebhookKey(key: string | null | undefined): Promise<{ id: string } | null> {
  if (!key || !looksLikeWebhookKey(key)) return null;
  const keyHash = hashWebhookKey(key);
  const db = await getDb();
  const row = await db.webhookKey.findUnique({ where: { keyHash }, select: { id: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (now - (lastTouched.get(keyHash) ?? 0) > touchEveryMs) {
    lastTouched.set(keyHash, now);
    await db.webhookKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { id: row.id };
}

export function forgetWebhookKey(keyHash: string): void {
  lastTouched.delete(keyHash);
}
