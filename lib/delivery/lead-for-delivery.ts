// A stored lead row in the shape destinations send.
import type { Lead } from "@/lib/generated/prisma/client";
import type { LeadForDelivery } from "@/lib/leads/lead";

export function leadForDelivery(row: Lead & { owner?: { email: string } | null }): LeadForDelivery {
  const extra =
    row.extra && typeof row.extra === "object" && !Array.isArray(row.extra)
      ? (row.extra as Record<string, unknown>)
      : {};
  return {
    id: row.id,
    receivedAt: row.receivedAt,
    customer: {
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email,
      phone: row.phone,
      country: row.country,
      company: row.company,
      title: row.title,
    },
    leadSource: row.leadSource,
    source: row.source,
    action: row.action,
    offerId: row.offerId,
    offerTitle: row.offerTitle,
    description: row.description,
    stage: row.stage,
    isTest: row.isTest,
    doNotContact: row.doNotContact,
    sourceCreatedAt: row.sourceCreatedAt,
    extra,
    status: row.status,
    ownerEmail: row.owner?.email ?? null,
  };
}
