// One row of the delivery log per try, for deliveries and test sends alike.
import type { DeliveryAttempt, Prisma } from "@/lib/generated/prisma/client";
import type { DeliveryOutcome } from "@/lib/destinations/types";

type Writer = Pick<Prisma.TransactionClient, "deliveryAttempt">;

export interface AttemptRef {
  destinationId: string;
  deliveryId: string | null;
  test: boolean;
  startedAt: Date;
}

export function recordAttempt(db: Writer, ref: AttemptRef, outcome: DeliveryOutcome): Promise<DeliveryAttempt> {
  return db.deliveryAttempt.create({ data: attemptData(ref, outcome) });
}

export function attemptData(ref: AttemptRef, outcome: DeliveryOutcome): Prisma.DeliveryAttemptUncheckedCreateInput {
  return {
    ...ref,
    latencyMs: outcome.latencyMs,
    ok: outcome.ok,
    httpStatus: outcome.httpStatus,
    verdict: outcome.verdict,
    error: outcome.error ?? null,
    request: { ...outcome.request } as unknown as Prisma.InputJsonObject,
    responseExcerpt: outcome.responseExcerpt,
  };
}
