// The lead events: a lead assigned to someone (from the activity log's OWNER
// rows, so rules and people's reassignments alike), its response due soon
// (past 80% of the target, unanswered) and missed (past due, unanswered).
// Each goes to the owner by e-mail (their preference) and to subscribed
// channels; event keys make each fire once. Only events of the last day are
// looked at, so switching alerts on does not replay history.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { sqlTime } from "@/lib/db/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";
import { leadContent, leadName, say, type AlertValue } from "../alert-content";
import { enqueueAlerts, subscribed, type ChannelRow, type NewAlert } from "./enqueue";

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

const text = z.string().nullable();
const rowSchema = z.object({
  eventKey: z.string(),
  id: z.string(),
  firstName: text,
  lastName: text,
  company: text,
  offerTitle: text,
  offerId: text,
  source: text,
  action: text,
  dueAt: z.date().nullable(),
  ownerEmail: text,
  userId: text,
  active: z.boolean().nullable(),
  wants: z.boolean().nullable(),
  selfAssigned: z.boolean().nullable().optional(),
});
type Row = z.output<typeof rowSchema>;

const leadColumns = Prisma.sql`l.id::text AS id, l."firstName", l."lastName", l.company, l."offerTitle",
  l."offerId", l.source, l.action, l."dueAt", u.email AS "ownerEmail", u.id::text AS "userId", u.active`;

type Say = (r: Row) => { subject: AlertValue; summary: AlertValue; toTeam?: AlertValue };

function alertsFor(
  rows: Row[],
  event: "assigned" | "due-soon" | "missed",
  channels: ChannelRow[],
  emailOn: boolean,
  say: Say,
) {
  const alerts: NewAlert[] = [];
  for (const row of rows) {
    const { subject, summary, toTeam } = say(row);
    const content = leadContent(subject, summary, row);
    const listening = subscribed(channels, event, emailOn);
    // The team reads the subject without "you".
    const teamContent = toTeam ? { ...content, subject: toTeam } : content;
    for (const c of listening)
      alerts.push({ event, eventKey: row.eventKey, to: { channelId: c.id }, content: teamContent });
    if (!row.userId || !row.active) {
      // Recorded all the same, so the sweep does not look at this event again.
      if (!listening.length)
        alerts.push({
          event,
          eventKey: row.eventKey,
          to: null,
          content,
          skipReason: "Nobody to tell: no owner and no channel.",
        });
      continue;
    }
    const skipReason = !emailOn
      ? "E-mail is not configured (SMTP_URL)."
      : !row.wants
        ? "The owner turned these e-mails off."
        : row.selfAssigned
          ? "The owner assigned the lead to themselves."
          : null;
    alerts.push({ event, eventKey: row.eventKey, to: { userId: row.userId }, content, skipReason });
  }
  return alerts;
}

export async function sweepLeadEvents(now: Date, channels: ChannelRow[], emailOn: boolean): Promise<number> {
  const db = await getDb();
  const since = new Date(now.getTime() - DAY_MS);

  const assigned = parseRows(
    rowSchema,
    await db.$queryRaw`
      SELECT 'assigned:' || a.id::text AS "eventKey", ${leadColumns},
             u."mailAssigned" AS wants, (a."actorId" = u.id) AS "selfAssigned"
      FROM lead_activities a JOIN leads l ON l.id = a."leadId" JOIN users u ON u.email = a."toValue"
      WHERE a.kind = 'OWNER' AND a."createdAt" > ${sqlTime(since)} AND l."ownerId" = u.id
        AND NOT EXISTS (SELECT 1 FROM alert_messages m WHERE m."eventKey" = 'assigned:' || a.id::text)
      ORDER BY a."createdAt" LIMIT ${BATCH}::int`,
  );
  const clock = async (event: "due-soon" | "missed", preference: Prisma.Sql, where: Prisma.Sql) =>
    parseRows(
      rowSchema,
      await db.$queryRaw`
        SELECT ${`${event}:`}::text || l.id::text AS "eventKey", ${leadColumns}, ${preference} AS wants
        FROM leads l LEFT JOIN users u ON u.id = l."ownerId"
        WHERE l."firstResponseAt" IS NULL AND NOT l."isTest" AND ${where}
          AND NOT EXISTS (SELECT 1 FROM alert_messages m WHERE m."eventKey" = ${`${event}:`}::text || l.id::text)
        ORDER BY l."dueAt" LIMIT ${BATCH}::int`,
    );
  // Walks the open clocks' index (migration open_clocks_index): due soon = not yet due but past 80%;
  // missed = due within the last day.
  const dueSoon = await clock(
    "due-soon",
    Prisma.sql`u."mailDueSoon"`,
    Prisma.sql`l."dueAt" > ${sqlTime(now)} AND l."dueSoonAt" <= ${sqlTime(now)}`,
  );
  const missed = await clock(
    "missed",
    Prisma.sql`u."mailMissed"`,
    Prisma.sql`l."dueAt" <= ${sqlTime(now)} AND l."dueAt" > ${sqlTime(since)}`,
  );

  const alerts = [
    ...alertsFor(assigned, "assigned", channels, emailOn, (r) => {
      const name = leadName(r);
      const who = r.company && typeof name === "string" && name !== r.company ? `${name} (${r.company})` : name;
      const owner = r.ownerEmail ?? "";
      return {
        subject: say("assignedSubject", { name }),
        summary: say("assignedSummary", { who, owner }),
        toTeam: say("assignedTeamSubject", { name, owner }),
      };
    }),
    ...alertsFor(dueSoon, "due-soon", channels, emailOn, (r) => ({
      subject: say("dueSoonSubject", { name: leadName(r) }),
      summary: say("dueSoonSummary", { name: leadName(r) }),
    })),
    ...alertsFor(missed, "missed", channels, emailOn, (r) => ({
      subject: say("missedSubject", { name: leadName(r) }),
      summary: say("missedSummary", { name: leadName(r) }),
    })),
  ];
  return enqueueAlerts(alerts);
}
