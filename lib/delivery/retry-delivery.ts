// An admin's "Retry": a dead (or cancelled) delivery goes back to the queue,
// due now, with a fresh retry schedule. Its earlier attempts stay in the log.
import { getDb } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";

export const requeued = { state: "PENDING", attempts: 0, claimedUntil: null } as const;

export async function retryDelivery(id: string, now: Date = new Date()): Promise<{ destinationName: string }> {
  const db = await getDb();
  const delivery = await db.delivery.findUnique({ where: { id }, include: { destination: { select: { name: true, enabled: true } } } });
  if (!delivery) throw new UserFacingError("That delivery no longer exists.");
  if (!delivery.destination.enabled) throw new UserFacingError(`"${delivery.destination.name}" is disabled: enable it first.`);
  const { count } = await db.delivery.updateMany({
    where: { id, state: { in: ["DEAD", "CANCELLED"] } },
    data: { ...requeued, nextAttemptAt: now },
  });
  if (count === 0) throw new UserFacingError("Only failed or cancelled deliveries can be retried; this one is queued or delivered.");
  return { destinationName: delivery.destination.name };
}
