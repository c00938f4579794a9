import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";

const validation = z.object({ webhookKeyId: z.string(), validatedAt: z.date() });

export async function listWebhookKeys() {
  const db = await getDb();
  const [keys, validations] = await Promise.all([
    db.webhookKey.findMany({
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      select: {
        id: true,
        label: true,
        prefix: true,
        createdAt: true,
        revokedAt: true,
        lastUsedAt: true,
        silenceDays: true,
      },
    }),
    // The marketplace's test lead (Validate / Publish) is proof the endpoint works.
    db.$queryRaw`
      SELECT r."webhookKeyId", max(l."receivedAt") AS "validatedAt"
      FROM leads l JOIN receipts r ON r.id = l."receiptId"
      WHERE l."isTest" AND r."webhookKeyId" IS NOT NULL
      GROUP BY r."webhookKeyId"`,
  ]);
  const validatedAt = new Map(parseRows(validation, validations).map((v) => [v.webhookKeyId, v.validatedAt]));
  return keys.map((k) => ({ ...k, validatedAt: validatedAt.get(k.id) ?? null }));
}
