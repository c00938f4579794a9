// The silence watchdog: an active webhook key on which nothing has arrived for
// its silenceDays (7 by default) is announced to the subscribed channels, once
// per silent spell (the key carries the last arrival). "Arrived" is the key's
// last use, kept to the minute by authenticate-key.ts — a lead, real or test;
// a key never used counts from its creation. The message also says when the
// marketplace's validation test lead was last seen on the key.
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { enqueueAlerts, subscribed, type ChannelRow } from "./enqueue";

interface SilentKey {
  id: string;
  label: string;
  silenceDays: number;
  lastUsedAt: Date | null;
  createdAt: Date;
  validatedAt: Date | null;
}

export async function sweepSilence(now: Date, channels: ChannelRow[], emailOn: boolean): Promise<number> {
  const listening = subscribed(channels, "silence", emailOn);
  if (!listening.length) return 0;
  const db = await getDb();
  const silent = await db.$queryRawUnsafe<Omit<SilentKey, "validatedAt">[]>(
    `SELECT k.id::text AS id, k.label, k."silenceDays", k."lastUsedAt", k."createdAt"
     FROM webhook_keys k
     WHERE k."revokedAt" IS NULL
       AND coalesce(k."lastUsedAt", k."createdAt") <= $1::timestamp(3) - make_interval(days => k."silenceDays")`,
    now.toISOString(),
  );
  const eventKey = (k: Omit<SilentKey, "validatedAt">) =>
    `silence:${k.id}:${(k.lastUsedAt ?? k.createdAt).toISOString()}`;
  // A key stays silent for days: look its validation lead up (a scan of its leads) only for a new spell.
  const known = await db.alertMessage.findMany({
    where: { eventKey: { in: silent.map(eventKey) } },
    select: { eventKey: true },
    distinct: ["eventKey"],
  });
  const fresh = silent.filter((k) => !known.some((m) => m.eventKey === eventKey(k)));
  const keys: SilentKey[] = await Promise.all(
    fresh.map(async (k) => {
      const [row] = await db.$queryRawUnsafe<{ validatedAt: Date | null }[]>(
        `SELECT max(l."receivedAt") AS "validatedAt" FROM leads l JOIN receipts r ON r.id = l."receiptId"
         WHERE r."webhookKeyId" = $1::uuid AND l."isTest"`,
        k.id,
      );
      return { ...k, validatedAt: row?.validatedAt ?? null };
    }),
  );
  const alerts = keys.flatMap((k) => {
    const last = k.lastUsedAt ?? k.createdAt;
    const content = {
      subject: `No leads on webhook key "${k.label}" for ${k.silenceDays} days`,
      summary:
        `Nothing has arrived on "${k.label}" since ${formatDateTime(last)}. ` +
        "Check the offer's lead settings in Partner Center (the URL, and Validate).",
      facts: [
        {
          label: "Last arrival",
          value: k.lastUsedAt ? formatDateTime(k.lastUsedAt) : `never (created ${formatDateTime(k.createdAt)})`,
        },
        { label: "Marketplace validation last seen", value: k.validatedAt ? formatDateTime(k.validatedAt) : "never" },
      ],
      link: { label: "Open the webhook keys", url: `${appUrl()}/settings/webhooks` },
    };
    return listening.map((c) => ({
      event: "silence" as const,
      eventKey: eventKey(k),
      to: { channelId: c.id },
      content,
    }));
  });
  return enqueueAlerts(alerts);
}
