// Everything the lead page shows: the lead, its raw receipt, the customer's
// other leads (same customerKey, across funnel steps and offers), deliveries
// with their attempt log, and the activity log. Null for unknown or malformed ids.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { recordLink } from "@/lib/destinations/registry";
import { leadRowSelect } from "./list-leads";

const HISTORY_LIMIT = 200;
const ATTEMPTS_PER_DELIVERY = 20;

export async function getLeadDetail(id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const db = await getDb();
  const lead = await db.lead.findUnique({
    where: { id },
    include: {
      owner: { select: { id: true, name: true, email: true } },
      duplicateOf: { select: { id: true, receivedAt: true } },
      receipt: {
        select: {
          id: true,
          receivedAt: true,
          contentType: true,
          clientAddress: true,
          body: true,
          bodySize: true,
          truncated: true,
          outcome: true,
        },
      },
      deliveries: {
        orderBy: { createdAt: "asc" },
        include: {
          destination: { select: { id: true, name: true, kind: true, config: true } },
          attemptLog: { orderBy: { startedAt: "desc" }, take: ATTEMPTS_PER_DELIVERY },
        },
      },
      activities: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        include: { actor: { select: { name: true, email: true } } },
      },
    },
  });
  if (!lead) return null;
  const history = lead.customerKey
    ? await db.lead.findMany({
        where: { customerKey: lead.customerKey, id: { not: lead.id } },
        orderBy: { receivedAt: "desc" },
        take: HISTORY_LIMIT,
        select: leadRowSelect,
      })
    : [];
  const { body, ...receipt } = lead.receipt;
  // The destination's settings only build the link to the CRM record; they go no further.
  const deliveries = lead.deliveries.map(({ destination: { config, ...destination }, ...d }) => ({
    ...d,
    destination,
    record: recordLink(destination.kind, config, d.remoteId),
  }));
  // The body as received; invalid UTF-8 shows as U+FFFD rather than failing the page.
  return { ...lead, deliveries, receipt: { ...receipt, text: new TextDecoder("utf-8").decode(body) }, history };
}

export type LeadDetail = NonNullable<Awaited<ReturnType<typeof getLeadDetail>>>;
