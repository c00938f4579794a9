// Turns the list's filters into one Prisma where clause. Facet counts call it
// with one filter left out, so each option shows what it would match under
// the other filters.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LeadListParams } from "./list-params";
import { foldText } from "./search-text";

export type FilterKey = "source" | "action" | "stage" | "offer" | "status" | "owner";
export type LeadFilter = Pick<
  LeadListParams,
  "source" | "action" | "stage" | "offer" | "status" | "owner" | "from" | "to" | "range" | "q" | "test" | "collapse" | "dnc" | "delivery"
>;

const DAY_MS = 86_400_000;

/** Start of the current UTC day: "today" means the same day for every viewer. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
}

function receivedRange(filter: LeadFilter, now: Date): Prisma.DateTimeFilter | undefined {
  const range: Prisma.DateTimeFilter = {};
  if (filter.from) range.gte = new Date(`${filter.from}T00:00:00Z`);
  if (filter.to) range.lt = new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS);
  if (filter.range) {
    const days = { today: 0, "7d": 6, "30d": 29 }[filter.range];
    const since = new Date(startOfUtcDay(now).getTime() - days * DAY_MS);
    if (!range.gte || range.gte < since) range.gte = since;
  }
  return range.gte || range.lt ? range : undefined;
}

export function leadFilterWhere(filter: LeadFilter, userId: string, { omit, now = new Date() }: { omit?: FilterKey; now?: Date } = {}): Prisma.LeadWhereInput {
  const and: Prisma.LeadWhereInput[] = [];
  if (!filter.test) and.push({ isTest: false });
  if (filter.collapse) and.push({ duplicateOfId: null });
  if (filter.dnc) and.push({ doNotContact: true });
  if (filter.source.length && omit !== "source") and.push({ source: { in: filter.source } });
  if (filter.action.length && omit !== "action") and.push({ action: { in: filter.action } });
  if (filter.stage.length && omit !== "stage") and.push({ stage: { in: filter.stage } });
  if (filter.offer.length && omit !== "offer") and.push({ offerId: { in: filter.offer } });
  if (filter.status.length && omit !== "status") and.push({ status: { in: filter.status } });
  if (filter.owner && omit !== "owner") {
    and.push({ ownerId: filter.owner === "unassigned" ? null : filter.owner === "me" ? userId : filter.owner });
  }
  const received = receivedRange(filter, now);
  if (received) and.push({ receivedAt: received });
  if (filter.q) {
    // searchText is folded at ingestion; fold the term the same way.
    // Prisma passes the term into LIKE as is, so its wildcards are escaped here.
    for (const word of foldText(filter.q).split(" ").filter(Boolean)) and.push({ searchText: { contains: word.replace(/[\\%_]/g, "\\$&") } });
  }
  if (filter.delivery === "failing") {
    and.push({ deliveries: { some: { OR: [{ state: "DEAD" }, { state: "PENDING", attempts: { gt: 0 } }] } } });
  }
  return and.length ? { AND: and } : {};
}
