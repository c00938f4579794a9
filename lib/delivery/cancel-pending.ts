// A disabled or deleted destination sends nothing more: its queue is cancelled
// (a claimed row in flight is left to the worker, which cancels it itself).
import type { Prisma } from "@/lib/generated/prisma/client";

export async function cancelPendingDeliveries(db: Pick<Prisma.TransactionClient, "delivery">, destinationId: string, reason: string): Promise<number> {
  const { count } = await db.delivery.updateMany({
    where: { destinationId, state: "PENDING" },
    data: { state: "CANCELLED", claimedUntil: null, lastError: reason },
  });
  return count;
}
