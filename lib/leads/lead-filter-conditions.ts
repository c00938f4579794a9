// The list's filters as plain conditions on the leads table. Two renderers
// read them: lead-filter-where.ts (a Prisma where, for findMany and updates)
// and lead-filter-sql.ts (a SQL clause, for counts Prisma cannot shape), so a
// filter means the same leads wherever it is used.
import type { LeadListParams } from "./list-params";
import type { SlaState } from "./response-clock";
import { foldText } from "./search-text";

export type FilterKey = "source" | "action" | "stage" | "offer" | "status" | "owner";
export type LeadFilter = Pick<
  LeadListParams,
  "source" | "action" | "stage" | "offer" | "status" | "owner" | "from" | "to" | "range" | "q" | "test" | "collapse" | "dnc" | "delivery" | "sla"
>;
export interface FilterOptions {
  /** Leave this filter out: a facet counts its options under the other filters. */
  omit?: FilterKey;
  now?: Date;
}

export type LeadCondition =
  | { kind: "flag"; column: "isTest" | "doNotContact"; value: boolean }
  | { kind: "isNull"; column: "duplicateOfId" | "ownerId" }
  | { kind: "equals"; column: "ownerId"; value: string }
  | { kind: "in"; column: "source" | "action" | "offerId"; values: string[] }
  | { kind: "in"; column: "stage"; values: string[]; enumType: "FunnelStage" }
  | { kind: "in"; column: "status"; values: string[]; enumType: "LeadStatus" }
  | { kind: "received"; gte?: Date; lt?: Date }
  /** A LIKE pattern on the folded search text, its own wildcards escaped. */
  | { kind: "searchLike"; pattern: string }
  | { kind: "failingDelivery" }
  | { kind: "sla"; state: SlaState; now: Date };

const DAY_MS = 86_400_000;

/** Start of the current UTC day: "today" means the same day for every viewer. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
}

function receivedRange(filter: LeadFilter, now: Date): LeadCondition | undefined {
  let gte = filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined;
  const lt = filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS) : undefined;
  if (filter.range) {
    const days = { today: 0, "7d": 6, "30d": 29 }[filter.range];
    const since = new Date(startOfUtcDay(now).getTime() - days * DAY_MS);
    if (!gte || gte < since) gte = since;
  }
  return gte || lt ? { kind: "received", gte, lt } : undefined;
}

/** A condition and the facet it belongs to, if any: a facet counts its options without its own condition. */
export interface TaggedCondition {
  facet?: FilterKey;
  condition: LeadCondition;
}

export function taggedFilterConditions(filter: LeadFilter, userId: string, now = new Date()): TaggedCondition[] {
  const out: TaggedCondition[] = [];
  const add = (condition: LeadCondition, facet?: FilterKey) => out.push({ facet, condition });
  if (!filter.test) add({ kind: "flag", column: "isTest", value: false });
  if (filter.collapse) add({ kind: "isNull", column: "duplicateOfId" });
  if (filter.dnc) add({ kind: "flag", column: "doNotContact", value: true });
  if (filter.source.length) add({ kind: "in", column: "source", values: filter.source }, "source");
  if (filter.action.length) add({ kind: "in", column: "action", values: filter.action }, "action");
  if (filter.stage.length) add({ kind: "in", column: "stage", values: filter.stage, enumType: "FunnelStage" }, "stage");
  if (filter.offer.length) add({ kind: "in", column: "offerId", values: filter.offer }, "offer");
  if (filter.status.length) add({ kind: "in", column: "status", values: filter.status, enumType: "LeadStatus" }, "status");
  if (filter.owner === "unassigned") add({ kind: "isNull", column: "ownerId" }, "owner");
  else if (filter.owner) add({ kind: "equals", column: "ownerId", value: filter.owner === "me" ? userId : filter.owner }, "owner");
  const received = receivedRange(filter, now);
  if (received) add(received);
  if (filter.q) {
    // searchText is folded at ingestion; fold the term the same way, and
    // escape LIKE's wildcards (backslash is PostgreSQL's default escape).
    for (const word of foldText(filter.q).split(" ").filter(Boolean)) add({ kind: "searchLike", pattern: `%${word.replace(/[\\%_]/g, "\\$&")}%` });
  }
  if (filter.delivery === "failing") add({ kind: "failingDelivery" });
  if (filter.sla) add({ kind: "sla", state: filter.sla, now });
  return out;
}

export function leadFilterConditions(filter: LeadFilter, userId: string, { omit, now = new Date() }: FilterOptions = {}): LeadCondition[] {
  return taggedFilterConditions(filter, userId, now)
    .filter((t) => !omit || t.facet !== omit)
    .map((t) => t.condition);
}
