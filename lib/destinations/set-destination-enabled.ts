// Enable or disable a destination. Disabling cancels its queued deliveries in
// the same transaction, so nothing queued before the switch is sent after it.
import { getDb } from "@/lib/db";
import { cancelPendingDeliveries } from "@/lib/delivery/cancel-pending";
import { UserFacingError } from "@/lib/errors";

export async function setDestinationEnabled(id: string, enabled: boolean): Promise<{ name: string; cancelled: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const destination = await tx.destination.findUnique({ where: { id }, select: { name: true } });
    if (!destination) throw new UserFacingError("That destination no longer exists.");
    await tx.destination.update({ where: { id }, data: { enabled } });
    const cancelled = enabled ? 0 : await cancelPendingDeliveries(tx, id, "The destination was disabled.");
    return { name: destination.name, cancelled };
  });
}
