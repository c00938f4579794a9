import { z } from "zod";
import { getDb } from "@/lib/db";
import { errorKey } from "@/lib/i18n/validation";
import { generateWebhookKey, hashWebhookKey } from "./key-hash";
import { webhookUrl } from "./webhook-url";

export const keyLabelSchema = z
  .string()
  .trim()
  .min(1, { error: errorKey("keyLabelMissing") })
  .max(100, { error: errorKey("keyLabelLength") });

/** Creates a key; the returned key and URL are the only time it is ever visible. */
export async function createWebhookKey(label: string, createdById?: string) {
  const key = generateWebhookKey();
  const db = await getDb();
  const row = await db.webhookKey.create({
    data: { label: keyLabelSchema.parse(label), keyHash: hashWebhookKey(key), prefix: key.slice(0, 8), createdById },
  });
  return { id: row.id, label: row.label, key, url: webhookUrl(key) };
}
