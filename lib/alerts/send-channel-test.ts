// "Send test" on Settings → Notifications: a test alert written to the outbox
// like any other and sent at once by this process, so it takes the same path
// (sealed target, SSRF guard, the log) and the admin sees the outcome in place
// (the action words it in the admin's language).
import { randomUUID } from "node:crypto";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { processAlert } from "./process-alert";
import { enqueueAlerts } from "./sweep/enqueue";

const LEASE_MS = 60_000;

export interface ChannelTestResult {
  ok: boolean;
  channel: string;
  /** Not sent but queued to be tried again, as a real alert would be. */
  retry: boolean;
  /** Why it was not sent (the attempt's error, without the channel's secret address). */
  reason: string | null;
}

export async function sendChannelTest(channelId: string): Promise<ChannelTestResult> {
  const db = await getDb();
  const channel = await db.alertChannel.findUnique({
    where: { id: channelId },
    select: { id: true, name: true, enabled: true },
  });
  if (!channel) throw new NotFoundError("That channel no longer exists.");
  if (!channel.enabled) throw new UserFacingError("The channel is disabled: enable it to send a test.");
  const eventKey = `test:${randomUUID()}`;
  await enqueueAlerts([
    {
      event: "test",
      eventKey,
      to: { channelId },
      content: {
        subject: "Lead desk test alert",
        summary: `This channel ("${channel.name}") receives Lead desk alerts.`,
        facts: [{ label: "Sent", value: new Date().toISOString() }],
        link: { label: "Open Lead desk", url: appUrl() },
      },
    },
  ]);
  const claimedUntil = new Date(Date.now() + LEASE_MS);
  const message = await db.alertMessage.update({
    where: { eventKey_recipient: { eventKey, recipient: `channel:${channelId}` } },
    data: { claimedUntil },
  });
  const result = await processAlert({ id: message.id, claimedUntil });
  const after = await db.alertMessage.findUniqueOrThrow({ where: { id: message.id }, select: { lastError: true } });
  if (result === "sent") return { ok: true, channel: channel.name, retry: false, reason: null };
  const reason = (after.lastError ?? result).replace(/\.$/, "");
  return { ok: false, channel: channel.name, retry: result === "retry", reason };
}
