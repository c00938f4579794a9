// The list's filters as one Prisma where clause (see lead-filter-conditions.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SlaState } from "./response-clock";
import { leadFilterConditions, type FilterOptions, type LeadCondition, type LeadFilter } from "./lead-filter-conditions";

export { startOfUtcDay, type FilterKey, type LeadFilter } from "./lead-filter-conditions";

/** What makes a delivery "failing": dead, or still pending after a failed attempt. */
export const failingDeliveryWhere = { OR: [{ state: "DEAD" }, { state: "PENDING", attempts: { gt: 0 } }] } satisfies Prisma.DeliveryWhereInput;

function slaWhere(state: SlaState, now: Date): Prisma.LeadWhereInput {
  switch (state) {
    case "overdue":
      return { firstResponseAt: null, dueAt: { lt: now } };
    case "due-soon":
      return { firstResponseAt: null, dueAt: { gte: now }, dueSoonAt: { lte: now } };
    case "met":
      return { responseMet: true };
    case "missed":
      return { responseMet: false };
  }
}

function toWhere(condition: LeadCondition): Prisma.LeadWhereInput {
  switch (condition.kind) {
    case "flag":
      return { [condition.column]: condition.value };
    case "isNull":
      return { [condition.column]: null };
    case "equals":
      return { [condition.column]: condition.value };
    case "in":
      return { [condition.column]: { in: condition.values } };
    case "received":
      return { receivedAt: { ...(condition.gte && { gte: condition.gte }), ...(condition.lt && { lt: condition.lt }) } };
    case "searchLike":
      // Prisma's contains wraps the value in % itself: hand it the escaped word.
      return { searchText: { contains: condition.pattern.slice(1, -1) } };
    case "failingDelivery":
      return { deliveries: { some: failingDeliveryWhere } };
    case "sla":
      return slaWhere(condition.state, condition.now);
  }
}

export function leadFilterWhere(filter: LeadFilter, userId: string, options: FilterOptions = {}): Prisma.LeadWhereInput {
  const and = leadFilterConditions(filter, userId, options).map(toWhere);
  return and.length ? { AND: and } : {};
}
