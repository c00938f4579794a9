// One attempt at one claimed alert: send, log the attempt, move the message on
// (sent, retry later with the deliveries' backoff, dead) while this worker
// still holds its claim. A message that cannot be sent by design (e-mail not
// configured, the user deactivated, the channel disabled) is SKIPPED, not dead.
import { getDb } from "@/lib/db";
import { decideAfterAttempt } from "@/lib/delivery/backoff";
import type { Prisma } from "@/lib/generated/prisma/client";
import { alertsProcessed } from "@/lib/metrics/alert-metrics";
import type { OutboundFetch } from "@/lib/security/guarded-fetch";
import type { AlertClaim } from "./claim-alerts";
import { emailConfigured } from "./send-email";
import { sendAlert, viaOf, type LoadedMessage } from "./send-alert";

export type AlertResult = "sent" | "retry" | "dead" | "skipped" | "lost-claim" | "gone";

export interface AlertProcessOptions {
  fetch?: OutboundFetch;
  random?: () => number;
}

export async function processAlert(claim: AlertClaim, options: AlertProcessOptions = {}): Promise<AlertResult> {
  const db = await getDb();
  const message = (await db.alertMessage.findUnique({
    where: { id: claim.id },
    include: {
      channel: true,
      user: {
        select: {
          id: true,
          email: true,
          active: true,
          locale: true,
          timeZone: true,
          mailAssigned: true,
          mailDueSoon: true,
          mailMissed: true,
        },
      },
    },
  })) as LoadedMessage | null;
  if (!message || message.state !== "PENDING") return "gone";
  const held: Prisma.AlertMessageWhereInput = { id: claim.id, state: "PENDING", claimedUntil: claim.claimedUntil };
  const via = viaOf(message);

  if (via === "email" && !emailConfigured()) {
    await db.alertMessage.updateMany({
      where: held,
      data: { state: "SKIPPED", claimedUntil: null, lastError: "E-mail is not configured (SMTP_URL)." },
    });
    alertsProcessed.inc({ via, event: message.event, outcome: "skipped" });
    return "skipped";
  }

  const startedAt = new Date();
  const outcome = await sendAlert(message, options);
  const attempts = message.attempts + 1;
  const finished = new Date();
  const decision = decideAfterAttempt(outcome, attempts, finished, options.random);
  const byDesign = outcome.skipped === true;
  const common = { attempts, claimedUntil: null, lastError: outcome.error };
  const data: Prisma.AlertMessageUpdateManyMutationInput =
    decision.state === "DELIVERED"
      ? { ...common, state: "SENT", sentAt: finished }
      : decision.state === "RETRY"
        ? { ...common, nextAttemptAt: decision.nextAttemptAt }
        : { ...common, state: byDesign ? "SKIPPED" : "DEAD" };
  const [, updated] = await db.$transaction([
    db.alertAttempt.create({
      data: {
        messageId: message.id,
        startedAt,
        latencyMs: outcome.latencyMs,
        ok: outcome.ok,
        httpStatus: outcome.httpStatus,
        error: outcome.error,
      },
    }),
    db.alertMessage.updateMany({ where: held, data }),
  ]);
  if (updated.count === 0) return "lost-claim";
  const result: AlertResult =
    decision.state === "DELIVERED" ? "sent" : decision.state === "RETRY" ? "retry" : byDesign ? "skipped" : "dead";
  alertsProcessed.inc({ via, event: message.event, outcome: result });
  return result;
}
