// The silence watchdog: an active webhook key on which no lead has arrived for
// its silenceDays (7 by default) is announced to the subscribed channels, once
// per silent spell (the key carries its last lead). A lead is a body that was
// stored as one, real or test (lastLeadAt, kept to the minute by
// authenticate-key.ts): posts refused as malformed do not count, so a key that
// only receives broken bodies is silent too. A key without leads counts from
// its creation. The message also says when the marketplace's validation test
// lead was last seen on the key.
import { z } from "zod";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";
import { at, say, type AlertContent } from "../alert-content";
import { enqueueAlerts, subscribed, type ChannelRow } from "./enqueue";

const silentKey = z.object({
  id: z.string(),
  label: z.string(),
  silenceDays: z.number(),
  lastLeadAt: z.date().nullable(),
  createdAt: z.date(),
});
type SilentKey = z.output<typeof silentKey>;

export async function sweepSilence(now: Date, channels: ChannelRow[], emailOn: boolean): Promise<number> {
  const listening = subscribed(channels, "silence", emailOn);
  if (!listening.length) return 0;
  const db = await getDb();
  const silent = parseRows(
    silentKey,
    await db.$queryRaw`
      SELECT k.id::text AS id, k.label, k."silenceDays", k."lastLeadAt", k."createdAt"
      FROM webhook_keys k
      WHERE k."revokedAt" IS NULL
        AND coalesce(k."lastLeadAt", k."createdAt") <= ${sqlTime(now)} - make_interval(days => k."silenceDays")`,
  );
  const eventKey = (k: SilentKey) => `silence:${k.id}:${(k.lastLeadAt ?? k.createdAt).toISOString()}`;
  // A key stays silent for days: look its validation lead up (a scan of its leads) only for a new spell.
  const known = await db.alertMessage.findMany({
    where: { eventKey: { in: silent.map(eventKey) } },
    select: { eventKey: true },
    distinct: ["eventKey"],
  });
  const fresh = silent.filter((k) => !known.some((m) => m.eventKey === eventKey(k)));
  const keys = await Promise.all(
    fresh.map(async (k) => {
      const validation = await db.lead.findFirst({
        where: { isTest: true, receipt: { webhookKeyId: k.id } },
        orderBy: { receivedAt: "desc" },
        select: { receivedAt: true },
      });
      return { ...k, validatedAt: validation?.receivedAt ?? null };
    }),
  );
  const alerts = keys.flatMap((k) => {
    const last = k.lastLeadAt ?? k.createdAt;
    const content: AlertContent = {
      subject: say("silenceSubject", { label: k.label, days: k.silenceDays }),
      summary: say("silenceSummary", { label: k.label, since: at(last) }),
      facts: [
        {
          label: say("factLastLead"),
          value: k.lastLeadAt ? at(k.lastLeadAt) : say("neverCreated", { created: at(k.createdAt) }),
        },
        { label: say("factValidation"), value: k.validatedAt ? at(k.validatedAt) : say("never") },
      ],
      link: { label: say("silenceLink"), url: `${appUrl()}/settings/webhooks` },
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
