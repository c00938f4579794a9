// The ingestion transaction: decides whether a parsed lead is a retry, a
// duplicate or new, and commits the receipt outcome, the lead and one pending
// delivery per matching destination together — a crash at any point leaves
// either all of it or none of it (the receipt itself was committed earlier).
import { getDb } from "@/lib/db";
import { matchesDestination } from "@/lib/delivery/matches-destination";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedLead } from "@/lib/leads/lead";
import { leadSearchText } from "@/lib/leads/search-text";
import { customerKey } from "./customer-key";
import { DUPLICATE_WINDOW_MS, RETRY_WINDOW_MS } from "./limits";

export type StoredLead =
  | { status: "created" | "duplicate"; leadId: string; duplicateOf: string | null; lead: ParsedLead }
  | { status: "retry"; leadId: string; duplicateOf: string | null; lead: ParsedLead };

interface ReceiptRef {
  id: string;
  bodyHash: string;
  receivedAt: Date;
}

export async function storeLead(receipt: ReceiptRef, lead: ParsedLead): Promise<StoredLead> {
  const db = await getDb();
  const key = customerKey(lead.customer);
  return db.$transaction(
    async (tx) => {
      // Serialise identical bodies, and leads of the same customer, offer and
      // action, so concurrent posts agree on which one is the original.
      const dedupeKey = key ? [key, lead.offerId ?? "", lead.action ?? ""].join("\u001f") : receipt.bodyHash;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${receipt.bodyHash}, 1)), pg_advisory_xact_lock(hashtextextended(${dedupeKey}, 2))`;

      const earlier = await tx.receipt.findFirst({
        where: {
          bodyHash: receipt.bodyHash,
          id: { not: receipt.id },
          receivedAt: { gte: new Date(receipt.receivedAt.getTime() - RETRY_WINDOW_MS) },
          lead: { isNot: null },
        },
        orderBy: { receivedAt: "asc" },
        select: { lead: { select: { id: true, duplicateOfId: true } } },
      });
      if (earlier?.lead) {
        await finishReceipt(tx, receipt.id, "RETRY", 200);
        return { status: "retry", leadId: earlier.lead.id, duplicateOf: earlier.lead.duplicateOfId, lead };
      }

      const original = key
        ? await tx.lead.findFirst({
            where: {
              customerKey: key,
              offerId: lead.offerId,
              action: lead.action,
              duplicateOfId: null,
              receivedAt: { gte: new Date(receipt.receivedAt.getTime() - DUPLICATE_WINDOW_MS) },
            },
            orderBy: { receivedAt: "asc" },
            select: { id: true },
          })
        : null;

      const created = await tx.lead.create({
        data: {
          receiptId: receipt.id,
          receivedAt: receipt.receivedAt,
          ...lead.customer,
          leadSource: lead.leadSource,
          source: lead.source,
          action: lead.action,
          offerId: lead.offerId,
          offerTitle: lead.offerTitle,
          description: lead.description,
          stage: lead.stage,
          isTest: lead.isTest,
          doNotContact: lead.doNotContact,
          sourceCreatedAt: lead.sourceCreatedAt,
          extra: Object.keys(lead.extra).length ? (lead.extra as Prisma.InputJsonObject) : undefined,
          customerKey: key,
          searchText: leadSearchText(lead.customer),
          duplicateOfId: original?.id ?? null,
        },
        select: { id: true },
      });

      const destinations = await tx.destination.findMany({ where: { enabled: true } });
      const matching = destinations.filter((d) => matchesDestination(lead, d));
      if (matching.length) {
        await tx.delivery.createMany({ data: matching.map((d) => ({ leadId: created.id, destinationId: d.id })) });
      }

      const status = original ? "duplicate" : "created";
      await finishReceipt(tx, receipt.id, original ? "DUPLICATE" : "CREATED", original ? 200 : 201);
      return { status, leadId: created.id, duplicateOf: original?.id ?? null, lead };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

async function finishReceipt(tx: Prisma.TransactionClient, id: string, outcome: "CREATED" | "DUPLICATE" | "RETRY", httpStatus: number) {
  await tx.receipt.update({ where: { id }, data: { outcome, httpStatus, error: null, processedAt: new Date() } });
}
