// "Send test" on Settings → Notifications: a test alert written to the outbox
// like any other and sent at once by this process, so it takes the same path
// (sealed target, SSRF guard, the log) and the admin sees the outcome in place.
import { randomUUID } from "node:crypto";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { at, say } from "./alert-content";
import { processAlert } from "./process-alert";
import { enqueueAlerts } from "./sweep/enqueue";

const LEASE_MS = 60_000;

export async function sendChannelTest(channelId: string): Promise<{ ok: boolean; message: string }> {
  const db = await getDb();
  const channel = await db.alertChannel.findUnique({
    where: { id: channelId },
    select: { id: true, name: true, enabled: true },
  });
  if (!channel) throw new NotFoundError("channelGone");
  if (!channel.enabled) throw new UserFacingError("channelDisabled");
  const eventKey = `test:${randomUUID()}`;
  await enqueueAlerts([
    {
      event: "test",
      eventKey,
      to: { channelId },
      content: {
        subject: say("testSubject"),
        summary: say("testSummary", { name: channel.name }),
        facts: [{ label: say("factSent"), value: at(new Date()) }],
        link: { label: say("openApp"), url: appUrl() },
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
  if (result === "sent") return { ok: true, message: `Test alert sent to "${channel.name}".` };
  const retry = result === "retry" ? " It will be tried again, as a real alert would." : "";
  const reason = (after.lastError ?? result).replace(/\.$/, "");
  return { ok: false, message: `The test alert was not sent: ${reason}.${retry}` };
}
