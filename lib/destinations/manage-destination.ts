// One destination's life after it is saved: read for its edit form, enable or
// disable, delete. Disabling or deleting cancels its queued deliveries in the
// same transaction, so nothing queued before the switch is sent after it.
import { getDb } from "@/lib/db";
import { formConfig } from "@/lib/destinations/stored-config";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The destination for its edit form and log page: secrets never leave here, only which fields hold one. */
export async function getDestination(id: string) {
  const db = await getDb();
  const row = await db.destination.findUnique({ where: { id } });
  if (!row) return null;
  const { secrets, config, ...rest } = row;
  return { ...rest, ...formConfig({ kind: row.kind, config, secrets }) };
}

/**
 * Cancels a destination's queue (a claimed row in flight is left to the
 * worker, which cancels it itself when it finds the destination disabled).
 */
export async function cancelPendingDeliveries(
  db: Pick<Prisma.TransactionClient, "delivery">,
  destinationId: string,
  reason: string,
): Promise<number> {
  const { count } = await db.delivery.updateMany({
    where: { destinationId, state: "PENDING" },
    data: { state: "CANCELLED", claimedUntil: null, lastError: reason },
  });
  return count;
}

export async function setDestinationEnabled(
  id: string,
  enabled: boolean,
): Promise<{ name: string; cancelled: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const destination = await tx.destination.findUnique({ where: { id }, select: { name: true } });
    if (!destination) throw new NotFoundError("destinationGone");
    await tx.destination.update({ where: { id }, data: { enabled } });
    const cancelled = enabled ? 0 : await cancelPendingDeliveries(tx, id, "The destination was disabled.");
    return { name: destination.name, cancelled };
  });
}

/** Deletes it with its delivery log; the queued deliveries are counted, so the admin is told what will not be sent. */
export async function deleteDestination(id: string): Promise<{ name: string; cancelled: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const destination = await tx.destination.findUnique({ where: { id }, select: { name: true } });
    if (!destination) throw new NotFoundError("destinationGone");
    const cancelled = await cancelPendingDeliveries(tx, id, "The destination was deleted.");
    // Deliveries and attempts go with it (ON DELETE CASCADE).
    await tx.destination.delete({ where: { id } });
    return { name: destination.name, cancelled };
  });
}
