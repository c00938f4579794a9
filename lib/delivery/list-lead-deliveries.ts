// What happened to one lead's forwarding: a delivery per destination with its
// attempts (for the lead page).
import { getDb } from "@/lib/db";

export async function listLeadDeliveries(leadId: string) {
  const db = await getDb();
  return db.delivery.findMany({
    where: { leadId },
    orderBy: { createdAt: "asc" },
    include: {
      destination: { select: { id: true, name: true, kind: true, enabled: true } },
      attemptLog: { orderBy: { startedAt: "desc" }, take: 20 },
    },
  });
}
