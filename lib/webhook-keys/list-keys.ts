import { getDb } from "@/lib/db";

export async function listWebhookKeys() {
  const db = await getDb();
  return db.webhookKey.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, label: true, prefix: true, createdAt: true, revokedAt: true, lastUsedAt: true },
  });
}
