// One attempt at one claimed delivery: send, log the attempt, and move the
// row on (delivered, retry later, dead) — but only while this worker still
// holds the claim it took, so a worker that overran its lease cannot
// overwrite the outcome of the one that took over.
import { getDb } from "@/lib/db";
import { decideAfterAttempt } from "@/lib/delivery/backoff";
import type { Claim } from "@/lib/delivery/claim-deliveries";
import { leadForDelivery } from "@/lib/delivery/lead-for-delivery";
import { attemptData } from "@/lib/delivery/record-attempt";
import { DEFAULT_TIMEOUT_MS, openDestinationConfig, sendLead } from "@/lib/destinations/send";
import { deliveriesProcessed } from "@/lib/metrics/delivery-metrics";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OutboundFetch } from "@/lib/security/guarded-fetch";

export interface ProcessOptions {
  /** Per outbound request; 15 s by default. */
  timeoutMs?: number;
  /** Tests only; the SSRF-guarded fetch otherwise. */
  fetch?: OutboundFetch;
  random?: () => number;
}

export type ProcessResult = "delivered" | "retry" | "dead" | "cancelled" | "skipped" | "lost-claim";

export async function processDelivery(claim: Claim, options: ProcessOptions = {}): Promise<ProcessResult> {
  const result = await attempt(claim, options);
  if (result.outcome !== "skipped") deliveriesProcessed.inc({ kind: result.kind, outcome: result.outcome });
  return result.outcome;
}

async function attempt(claim: Claim, options: ProcessOptions): Promise<{ kind: string; outcome: ProcessResult }> {
  const db = await getDb();
  const delivery = await db.delivery.findUnique({
    where: { id: claim.id },
    // The owner's e-mail is a Lead desk field a mapping may send.
    include: { lead: { include: { owner: { select: { email: true } } } }, destination: true },
  });
  if (!delivery || delivery.state !== "PENDING") return { kind: "", outcome: "skipped" };
  const held: Prisma.DeliveryWhereInput = { id: claim.id, state: "PENDING", claimedUntil: claim.claimedUntil };
  const { destination } = delivery;

  if (!destination.enabled) {
    await db.delivery.updateMany({
      where: held,
      data: { state: "CANCELLED", claimedUntil: null, lastError: "The destination is disabled." },
    });
    return { kind: destination.kind, outcome: "cancelled" };
  }

  const startedAt = new Date();
  const opened = openDestinationConfig(destination);
  const outcome =
    "failed" in opened
      ? opened.failed
      : await sendLead(destination.kind, leadForDelivery(delivery.lead), opened.config, {
          deliveryId: delivery.id,
          timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          now: startedAt,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        });
  const finished = new Date();
  const attempts = delivery.attempts + 1;
  const decision = decideAfterAttempt(outcome, attempts, finished, options.random);
  const common = {
    attempts,
    claimedUntil: null,
    lastStatus: outcome.httpStatus,
    lastError: outcome.ok ? null : (outcome.error ?? outcome.verdict),
  };
  const data: Prisma.DeliveryUpdateManyMutationInput =
    decision.state === "DELIVERED"
      ? { ...common, state: "DELIVERED", deliveredAt: finished, remoteId: outcome.remoteId ?? null }
      : decision.state === "RETRY"
        ? { ...common, nextAttemptAt: decision.nextAttemptAt }
        : { ...common, state: "DEAD" };

  const [, updated] = await db.$transaction([
    db.deliveryAttempt.create({
      data: attemptData({ destinationId: destination.id, deliveryId: delivery.id, test: false, startedAt }, outcome),
    }),
    db.delivery.updateMany({ where: held, data }),
  ]);
  if (updated.count === 0) return { kind: destination.kind, outcome: "lost-claim" };
  const result = decision.state === "DELIVERED" ? "delivered" : decision.state === "RETRY" ? "retry" : "dead";
  return { kind: destination.kind, outcome: result };
}
