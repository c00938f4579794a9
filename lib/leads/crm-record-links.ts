// The CSV export's "CRM records" cell per lead: a link to each record a CRM
// created for it (or "<destination>: <id>" where the CRM has no page). The
// export's batch statement reads each lead's records with it (crmRecordsSql),
// not a query of its own per batch: a Prisma findMany of 500 ids per batch was
// most of a long export's time and memory growth (docs/performance.md).
import { z } from "zod";
import { recordLink } from "@/lib/destinations/registry";
import { destinationKinds } from "@/lib/destinations/types";

/** A lead's records, oldest first, as one JSON array (null when it has none). */
export const crmRecordsSql = `(SELECT json_agg(json_build_object('kind', d.kind, 'name', d.name, 'config', d.config,
    'remoteId', dl."remoteId") ORDER BY dl."createdAt")
  FROM deliveries dl JOIN destinations d ON d.id = dl."destinationId"
  WHERE dl."leadId" = leads.id AND dl."remoteId" IS NOT NULL)`;

export const crmRecords = z
  .array(z.object({ kind: z.enum(destinationKinds), name: z.string(), config: z.unknown(), remoteId: z.string() }))
  .nullable();

export function crmRecordsCell(records: z.output<typeof crmRecords>): string | null {
  if (!records) return null;
  return records.map((r) => recordLink(r.kind, r.config, r.remoteId)?.url ?? `${r.name}: ${r.remoteId}`).join(" ");
}
