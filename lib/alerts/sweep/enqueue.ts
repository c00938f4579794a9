// Writes alert messages into the outbox, once each: the unique (eventKey,
// recipient) index makes a second insert of the same event a no-op, whichever
// instance's sweep gets there first. A recipient that should not be sent to
// (the preference is off, e-mail is not configured) gets a SKIPPED row with
// the reason, so the log shows why and the sweep does not look at it again.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AlertContent } from "../alert-content";
import type { AlertEvent } from "../events";

export interface NewAlert {
  event: AlertEvent;
  eventKey: string;
  /** null: nobody to tell; recorded (SKIPPED) so the event counts as handled. */
  to: { channelId: string } | { userId: string } | null;
  content: AlertContent;
  /** Set: recorded as SKIPPED with this reason instead of being sent. */
  skipReason?: string | null;
}

export async function enqueueAlerts(alerts: NewAlert[]): Promise<number> {
  if (!alerts.length) return 0;
  const db = await getDb();
  const data: Prisma.AlertMessageCreateManyInput[] = alerts.map((a) => ({
    event: a.event,
    eventKey: a.eventKey,
    recipient: !a.to ? "nobody" : "channelId" in a.to ? `channel:${a.to.channelId}` : `user:${a.to.userId}`,
    channelId: a.to && "channelId" in a.to ? a.to.channelId : null,
    userId: a.to && "userId" in a.to ? a.to.userId : null,
    content: a.content as unknown as Prisma.InputJsonObject,
    ...(a.skipReason ? { state: "SKIPPED" as const, lastError: a.skipReason } : {}),
  }));
  const { count } = await db.alertMessage.createMany({ data, skipDuplicates: true });
  return count;
}

export interface ChannelRow {
  id: string;
  kind: string;
  events: string[];
  digestHour: number;
}

/** Enabled channels subscribed to an event. E-mail channels are left out while e-mail is not configured. */
export function subscribed(channels: ChannelRow[], event: string, emailOn: boolean): ChannelRow[] {
  return channels.filter((c) => c.events.includes(event) && (emailOn || c.kind !== "EMAIL"));
}
