import { getDb } from "@/lib/db";

/** The newest leads; test leads (marketplace validation) are hidden unless asked for. */
export async function listRecentLeads({ includeTest = false, take = 100 } = {}) {
  const db = await getDb();
  return db.lead.findMany({
    where: includeTest ? {} : { isTest: false },
    orderBy: { receivedAt: "desc" },
    take,
    select: {
      id: true,
      receivedAt: true,
      firstName: true,
      lastName: true,
      email: true,
      company: true,
      source: true,
      action: true,
      offerId: true,
      offerTitle: true,
      stage: true,
      status: true,
      isTest: true,
      doNotContact: true,
      duplicateOfId: true,
    },
  });
}
