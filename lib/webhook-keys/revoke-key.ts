import { getDb } from "@/lib/db";
import { forgetWebhookKey } from "./authenticate-key";

export async function revokeWebhookKey(id: string) {
  const db = await getDb();
  const key = await db.webhookKey.update({ where: { id }, data: { revokedAt: new Date() } });
  forgetWebhookKey(key.keyHash);
  return key;
}
