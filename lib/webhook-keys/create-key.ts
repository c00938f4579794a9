import { z } from "zod";
import { getDb } from "@/lib/db";
import { generateWebhookKey, hashWebhookKey } from "./key-hash";
import { webhookUrl } from "./webhook-url";

export const keyLabelSchema = z
  .string()
  .trim()
  .min(1, { error: "Give the key a label." })
  .max(100, { error: "Labels may have at most 100 characters." });

/** Creates a key; the returned key and URL are the only time it is ever visible. */
export async function createWebhookKey(label: string, createdById?: string) {
  const key = generateWebhookKey();
  const db = await getDb();
  const row = await db.webhookKey.create({
    data: { label: keyLabelSchema.parse(label), keyHash: hashWebhookKey(key), prefix: key.slice(0, 8), createdById },
  });
  return { id: row.id, label: row.label, key, url: webhookUrl(key) };
}
