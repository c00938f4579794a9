// A destination delivery that failed for good (DEAD) is announced to the
// subscribed channels once per death: a delivery replayed and dead again is
// a new event (the key carries its attempt count). Deaths of the last day only.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";
import { leadLink, say, type AlertContent } from "../alert-content";
import { enqueueAlerts, subscribed, type ChannelRow } from "./enqueue";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function sweepDeadLetters(now: Date, channels: ChannelRow[], emailOn: boolean): Promise<number> {
  const listening = subscribed(channels, "dead-letter", emailOn);
  if (!listening.length) return 0;
  const db = await getDb();
  const since = new Date(now.getTime() - DAY_MS);
  const rows = parseRows(
    z.object({
      id: z.string(),
      leadId: z.string(),
      attempts: z.number(),
      lastError: z.string().nullable(),
      name: z.string(),
    }),
    await db.$queryRaw`
      SELECT d.id::text AS id, d."leadId"::text AS "leadId", d.attempts, d."lastError", t.name
      FROM deliveries d JOIN destinations t ON t.id = d."destinationId"
      WHERE d.state = 'DEAD' AND d."updatedAt" > ${sqlTime(since)}
        AND NOT EXISTS (SELECT 1 FROM alert_messages m
                        WHERE m."eventKey" = 'dead-letter:' || d.id::text || ':' || d.attempts)
      LIMIT 200`,
  );
  const alerts = rows.flatMap((d) => {
    const content: AlertContent = {
      subject: say("deadSubject", { name: d.name }),
      summary: say("deadSummary", { name: d.name, attempts: d.attempts }),
      facts: [
        { label: say("factDestination"), value: d.name },
        // The delivery log's own words (English, as logs are).
        { label: say("factLastError"), value: (d.lastError ?? "—").slice(0, 300) },
      ],
      link: leadLink(d.leadId),
    };
    return listening.map((c) => ({
      event: "dead-letter" as const,
      eventKey: `dead-letter:${d.id}:${d.attempts}`,
      to: { channelId: c.id },
      content,
    }));
  });
  return enqueueAlerts(alerts);
}
