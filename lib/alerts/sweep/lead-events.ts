// The lead events: a lead assigned to someone (from the activity log's OWNER
// rows, so rules and people's reassignments alike), its response due soon
// (past 80% of the target, unanswered) and missed (past due, unanswered).
// Each goes to the owner by e-mail (their preference) and to subscribed
// channels; event keys make each fire once. Only events of the last day are
// looked at, so switching alerts on does not replay history.
import { getDb } from "@/lib/db";
import { leadContent, leadName, type LeadFacts } from "../alert-content";
import type { MailPreference } from "../events";
import { enqueueAlerts, subscribed, type ChannelRow, type NewAlert } from "./enqueue";

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

type Row = LeadFacts & {
  eventKey: string;
  userId: string | null;
  active: boolean | null;
  wants: boolean | null;
  selfAssigned?: boolean;
};

const leadColumns = [`l.id::text AS id`, `l."firstName"`, `l."lastName"`, `l.company`, `l."offerTitle"`]
  .concat([`l."offerId"`, `l.action`, `l."dueAt"`])
  .join(", ");

type Say = (r: Row) => { subject: string; summary: string; toTeam?: string };

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
  const nowText = now.toISOString();
  const since = new Date(now.getTime() - DAY_MS).toISOString();
  const pref = (p: MailPreference) => `u."${p}"`;

  const assigned = await db.$queryRawUnsafe<Row[]>(
    `SELECT 'assigned:' || a.id::text AS "eventKey", ${leadColumns}, u.email AS "ownerEmail",
            u.id::text AS "userId", u.active, ${pref("mailAssigned")} AS wants, (a."actorId" = u.id) AS "selfAssigned"
     FROM lead_activities a JOIN leads l ON l.id = a."leadId" JOIN users u ON u.email = a."toValue"
     WHERE a.kind = 'OWNER' AND a."createdAt" > $1::timestamp(3) AND l."ownerId" = u.id
       AND NOT EXISTS (SELECT 1 FROM alert_messages m WHERE m."eventKey" = 'assigned:' || a.id::text)
     ORDER BY a."createdAt" LIMIT ${BATCH}`,
    since,
  );
  const clock = (event: "due-soon" | "missed", where: string, ...params: string[]) =>
    db.$queryRawUnsafe<Row[]>(
      `SELECT '${event}:' || l.id::text AS "eventKey", ${leadColumns}, u.email AS "ownerEmail",
              u.id::text AS "userId", u.active, ${pref(event === "missed" ? "mailMissed" : "mailDueSoon")} AS wants
       FROM leads l LEFT JOIN users u ON u.id = l."ownerId"
       WHERE l."firstResponseAt" IS NULL AND NOT l."isTest" AND ${where}
         AND NOT EXISTS (SELECT 1 FROM alert_messages m WHERE m."eventKey" = '${event}:' || l.id::text)
       ORDER BY l."dueAt" LIMIT ${BATCH}`,
      ...params,
    );
  // Walks the (dueAt, id) index: due soon = not yet due but past 80%; missed = due within the last day.
  const dueSoon = await clock(
    "due-soon",
    `l."dueAt" > $1::timestamp(3) AND l."dueSoonAt" <= $1::timestamp(3)`,
    nowText,
  );
  const missed = await clock(
    "missed",
    `l."dueAt" <= $1::timestamp(3) AND l."dueAt" > $2::timestamp(3)`,
    nowText,
    since,
  );

  const alerts = [
    ...alertsFor(assigned, "assigned", channels, emailOn, (r) => ({
      subject: `New lead for you: ${leadName(r)}`,
      summary: `${leadName(r)}${r.company ? ` (${r.company})` : ""} was assigned to ${r.ownerEmail}. Answer it soon.`,
      toTeam: `Lead assigned to ${r.ownerEmail}: ${leadName(r)}`,
    })),
    ...alertsFor(dueSoon, "due-soon", channels, emailOn, (r) => ({
      subject: `Response due soon: ${leadName(r)}`,
      summary: `Nobody has answered ${leadName(r)} yet; the response target is close.`,
    })),
    ...alertsFor(missed, "missed", channels, emailOn, (r) => ({
      subject: `Response target missed: ${leadName(r)}`,
      summary: `${leadName(r)} was not answered within the response target.`,
    })),
  ];
  return enqueueAlerts(alerts);
}
