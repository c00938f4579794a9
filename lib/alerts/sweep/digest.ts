// The daily digest: once a day per subscribed channel, at its digest hour
// (UTC), the new leads of the last 24 hours, the open unassigned leads and the
// overdue ones. The event key carries the date, so each day's fires once.
import { z } from "zod";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { parseRow } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";
import { say, type AlertContent } from "../alert-content";
import { enqueueAlerts, subscribed, type ChannelRow } from "./enqueue";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function sweepDigests(now: Date, channels: ChannelRow[], emailOn: boolean): Promise<number> {
  const day = now.toISOString().slice(0, 10);
  const eventKey = `digest:${day}`;
  const db = await getDb();
  const due = subscribed(channels, "digest", emailOn).filter((c) => now.getUTCHours() >= c.digestHour);
  if (!due.length) return 0;
  const sent = await db.alertMessage.findMany({
    where: { eventKey, channelId: { in: due.map((c) => c.id) } },
    select: { channelId: true },
  });
  const pending = due.filter((c) => !sent.some((s) => s.channelId === c.id));
  if (!pending.length) return 0;
  const since = new Date(now.getTime() - DAY_MS);
  const counts = parseRow(
    z.object({ fresh: z.number(), unassigned: z.number(), overdue: z.number() }),
    await db.$queryRaw`
      SELECT
        (SELECT count(*)::int FROM leads WHERE "receivedAt" > ${sqlTime(since)} AND NOT "isTest") AS fresh,
        (SELECT count(*)::int FROM leads WHERE "ownerId" IS NULL AND status = 'NEW' AND NOT "isTest") AS unassigned,
        (SELECT count(*)::int FROM leads WHERE "dueAt" <= ${sqlTime(now)} AND "firstResponseAt" IS NULL
           AND status = 'NEW' AND NOT "isTest") AS overdue`,
  );
  const content: AlertContent = {
    subject: say("digestSubject", { day }),
    summary: say("digestSummary", counts),
    facts: [
      { label: say("digestFresh"), value: say("count", { n: counts.fresh }) },
      { label: say("unassigned"), value: say("count", { n: counts.unassigned }) },
      { label: say("digestOverdue"), value: say("count", { n: counts.overdue }) },
    ],
    link: { label: say("digestLink"), url: `${appUrl()}/leads?sla=overdue&sort=due` },
  };
  return enqueueAlerts(pending.map((c) => ({ event: "digest" as const, eventKey, to: { channelId: c.id }, content })));
}
