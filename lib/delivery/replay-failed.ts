// "Replay all failed" for one destination: every dead delivery is queued again, due now.
import { getDb } from "@/lib/db";
import { requeued } from "@/lib/delivery/retry-delivery";
import { UserFacingError } from "@/lib/errors";

export async function replayFailedDeliveries(destinationId: string, now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const destination = await db.destination.findUnique({ where: { id: destinationId }, select: { name: true, enabled: true } });
  if (!destination) throw new UserFacingError("That destination no longer exists.");
  if (!destination.enabled) throw new UserFacingError(`"${destination.name}" is disabled: enable it first.`);
  const { count } = await db.delivery.updateMany({
    where: { destinationId, state: "DEAD" },
    data: { ...requeued, nextAttemptAt: now },
  });
  return count;
}
