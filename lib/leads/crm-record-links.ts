// The CSV export's "CRM records" cell per lead: a link to each record a CRM
// created for it (or "<destination>: <id>" where the CRM has no page), read
// in one query per export batch.
import { getDb } from "@/lib/db";
import { recordLink } from "@/lib/destinations/registry";

export async function crmRecordLinks(leadIds: string[]): Promise<Map<string, string>> {
  if (!leadIds.length) return new Map();
  const db = await getDb();
  const rows = await db.delivery.findMany({
    where: { leadId: { in: leadIds }, remoteId: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { leadId: true, remoteId: true, destination: { select: { kind: true, name: true, config: true } } },
  });
  const cells = new Map<string, string[]>();
  for (const row of rows) {
    const link = recordLink(row.destination.kind, row.destination.config, row.remoteId);
    const text = link?.url ?? `${row.destination.name}: ${row.remoteId}`;
    cells.set(row.leadId, [...(cells.get(row.leadId) ?? []), text]);
  }
  return new Map([...cells].map(([id, links]) => [id, links.join(" ")]));
}
