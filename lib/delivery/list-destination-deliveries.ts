// The delivery log of one destination: newest first, optionally one state.
import { getDb } from "@/lib/db";
import { DeliveryState } from "@/lib/generated/prisma/enums";

export const deliveryStates = Object.values(DeliveryState);

export async function listDestinationDeliveries(destinationId: string, state?: DeliveryState, take = 100) {
  const db = await getDb();
  const [rows, counts] = await Promise.all([
    db.delivery.findMany({
      where: { destinationId, ...(state ? { state } : {}) },
      orderBy: { createdAt: "desc" },
      take,
      include: {
        lead: {
          select: {
            id: true,
            firstName: true,
            lastName: true,
            email: true,
            company: true,
            offerTitle: true,
            offerId: true,
          },
        },
        attemptLog: { orderBy: { startedAt: "desc" }, take: 1 },
      },
    }),
    db.delivery.groupBy({ by: ["state"], where: { destinationId }, _count: { _all: true } }),
  ]);
  const byState = Object.fromEntries(deliveryStates.map((s) => [s, 0])) as Record<DeliveryState, number>;
  for (const c of counts) byState[c.state] = c._count._all;
  return { deliveries: rows.map(({ attemptLog, ...d }) => ({ ...d, lastAttempt: attemptLog[0] ?? null })), byState };
}
