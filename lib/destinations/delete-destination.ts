// Deletes a destination with its delivery log. Queued deliveries are cancelled
// first and counted, so the admin is told what will not be sent.
import { getDb } from "@/lib/db";
import { cancelPendingDeliveries } from "@/lib/delivery/cancel-pending";
import { UserFacingError } from "@/lib/errors";

export async function deleteDestination(id: string): Promise<{ name: string; cancelled: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const destination = await tx.destination.findUnique({ where: { id }, select: { name: true } });
    if (!destination) throw new UserFacingError("That destination no longer exists.");
    const cancelled = await cancelPendingDeliveries(tx, id, "The destination was deleted.");
    // Deliveries and attempts go with it (ON DELETE CASCADE).
    await tx.destination.delete({ where: { id } });
    return { name: destination.name, cancelled };
  });
}
