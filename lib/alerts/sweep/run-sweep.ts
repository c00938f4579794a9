// One pass over every alert event: each kind looks for what has happened and
// writes it into the alerts' outbox once (see enqueue.ts). Safe to run on every
// instance at once; the unique event keys decide who records an event.
import { getDb } from "@/lib/db";
import { emailConfigured } from "../send-email";
import { sweepDeadLetters } from "./dead-letters";
import { sweepDigests } from "./digest";
import { sweepLeadEvents } from "./lead-events";
import { sweepSilence } from "./silence";

export async function runAlertSweep(now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const channels = await db.alertChannel.findMany({
    where: { enabled: true },
    select: { id: true, kind: true, events: true, digestHour: true },
  });
  const emailOn = emailConfigured();
  const counts = await Promise.all([
    sweepLeadEvents(now, channels, emailOn),
    sweepDigests(now, channels, emailOn),
    sweepDeadLetters(now, channels, emailOn),
    sweepSilence(now, channels, emailOn),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}
