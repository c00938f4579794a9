// The lead list's rows (and the CSV export's batches) in one statement, each
// with its owner joined. Prisma loads a relation with a second query once the
// first has answered (one more round trip) and maps every row through its
// query engine: ~2.5 ms of a list page at a million leads, on the busiest
// page. The lead page keeps Prisma's leadRowSelect; a test holds the two
// shapes equal.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { funnelStages } from "./lead";
import { sortDirection, type LeadListParams } from "./list-params";
import type { LeadRow } from "./list-leads";
import { leadStatuses } from "./statuses";

type ListedLead = Omit<LeadRow, "duplicateCount">;

const text = z.string().nullable();
const time = z.date().nullable();
const rawRow = z.object({
  id: z.string(),
  receivedAt: z.date(),
  firstName: text,
  lastName: text,
  email: text,
  phone: text,
  company: text,
  title: text,
  country: text,
  source: text,
  action: text,
  offerId: text,
  offerTitle: text,
  stage: z.enum(funnelStages),
  status: z.enum(leadStatuses),
  isTest: z.boolean(),
  doNotContact: z.boolean(),
  duplicateOfId: text,
  dueAt: time,
  dueSoonAt: time,
  firstResponseAt: time,
  responseMet: z.boolean().nullable(),
  ownerId: text,
  ownerName: text,
  ownerEmail: text,
});

/** Every sort has an index in this order (lead_list_indexes migration); the id breaks ties so pages never overlap. */
function leadOrderSql(params: Pick<LeadListParams, "sort" | "dir">): Prisma.Sql {
  const dir = sortDirection(params) === "asc" ? "ASC" : "DESC";
  const newestFirst = `leads."receivedAt" DESC, leads.id DESC`;
  const order = {
    received: `leads."receivedAt" ${dir}, leads.id ${dir}`,
    name: `leads."lastName" ${dir}, leads."firstName" ${dir}, leads.id ${dir}`,
    company: `leads.company ${dir}, leads.id ${dir}`,
    stage: `leads.stage ${dir}, ${newestFirst}`,
    status: `leads.status ${dir}, ${newestFirst}`,
    // Leads without a clock last either way.
    due: `leads."dueAt" ${dir} NULLS LAST, leads.id ${dir}`,
  }[params.sort];
  return Prisma.raw(order);
}

export async function findLeadRows(where: Prisma.Sql, params: Pick<LeadListParams, "sort" | "dir"> & { size: number }, offset: number): Promise<ListedLead[]> {
  const db = await getDb();
  const rows = await db.$queryRaw`
    SELECT leads.id, leads."receivedAt", leads."firstName", leads."lastName", leads.email, leads.phone, leads.company, leads.title,
      leads.country, leads.source, leads.action, leads."offerId", leads."offerTitle", leads.stage::text AS stage, leads.status::text AS status,
      leads."isTest", leads."doNotContact", leads."duplicateOfId",
      leads."dueAt", leads."dueSoonAt", leads."firstResponseAt", leads."responseMet", u.id AS "ownerId", u.name AS "ownerName", u.email AS "ownerEmail"
    FROM leads LEFT JOIN users u ON u.id = leads."ownerId"
    WHERE ${where}
    ORDER BY ${leadOrderSql(params)}
    LIMIT ${params.size} OFFSET ${offset}`;
  return parseRows(rawRow, rows).map(({ ownerId, ownerName, ownerEmail, ...lead }) => ({
    ...lead,
    owner: ownerId === null ? null : { id: ownerId, name: ownerName ?? "", email: ownerEmail ?? "" },
  }));
}
