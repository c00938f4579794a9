// An admin's "Retry" (one delivery) and "Replay all failed" (a destination's
// dead deliveries): back to the queue, due now, with a fresh retry schedule.
// Earlier attempts stay in the log.
import { getDb } from "@/lib/db";
import { NotFoundError, UserFacingError } from "@/lib/errors";

const requeued = { state: "PENDING", attempts: 0, claimedUntil: null } as const;
const disabled = (name: string) => new UserFacingError("destinationDisabled", { values: { name } });

export async function retryDelivery(id: string, now: Date = new Date()): Promise<{ destinationName: string }> {
  const db = await getDb();
  const delivery = await db.delivery.findUnique({
    where: { id },
    include: { destination: { select: { name: true, enabled: true } } },
  });
  if (!delivery) throw new NotFoundError("deliveryGone");
  const { destination } = delivery;
  if (!destination.enabled) throw disabled(destination.name);
  const { count } = await db.delivery.updateMany({
    where: { id, state: { in: ["DEAD", "CANCELLED"] } },
    data: { ...requeued, nextAttemptAt: now },
  });
  if (count === 0) {
    throw new UserFacingError("deliveryNotRetryable");
  }
  return { destinationName: destination.name };
}

export async function replayFailedDeliveries(destinationId: string, now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const destination = await db.destination.findUnique({
    where: { id: destinationId },
    select: { name: true, enabled: true },
  });
  if (!destination) throw new NotFoundError("destinationGone");
  if (!destination.enabled) throw disabled(destination.name);
  const { count } = await db.delivery.updateMany({
    where: { destinationId, state: "DEAD" },
    data: { ...requeued, nextAttemptAt: now },
  });
  return count;
}
