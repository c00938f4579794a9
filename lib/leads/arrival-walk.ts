// A view sorted by arrival that matches many leads is read by walking an index
// in arrival order until the page is full ("ordered", lead-rows-sql.ts). With
// one value of a facet that has its own (column, receivedAt DESC) index
// (lead_list_indexes migration), the walk goes through that index: it reads
// that value's leads only, newest first. The planner would rather walk the
// received index and test each lead, as the table is in arrival order and it
// takes a value's leads as spread evenly over time; they are not when they
// change with age. The newest leads are NEW and unassigned, so at a million
// leads with 224,000 new ones on top, status=QUALIFIED walked past all of them
// to its first match: 111-161 ms for a page the status index gives in a few
// (docs/performance.md, seventeenth round). An offer that stopped receiving
// leads, or a source, is the same walk past everything newer.
//
// A page sorted by due time ends with the leads without a clock, newest first
// (lead-rows-sql.ts, dueTimeIds): the same walk in arrival order, so it goes
// through the same index. At a million leads with a day of 166,000 other
// owners' leads on top, owner=me&sort=due passed all of them (101 ms).
//
// An equality to a constant would not do: the planner drops a constant
// column from the ORDER BY, and is free to walk the received index again.
// As `= ANY (ARRAY[value])`, the column stays in the ORDER BY in front of the
// arrival keys, which only the facet's own index gives in that order.
import { Prisma } from "@/lib/generated/prisma/client";
import type { LeadListParams } from "./list-params";

/** Facets with a (column, receivedAt DESC) index: their column and its SQL type. */
const arrivalIndexed = {
  owner: { column: "ownerId", type: "uuid" },
  offer: { column: "offerId", type: "text" },
  status: { column: "status", type: '"LeadStatus"' },
  stage: { column: "stage", type: '"FunnelStage"' },
  source: { column: "source", type: "text" },
} as const;

export type ArrivalFacet = keyof typeof arrivalIndexed;

/**
 * The facet whose index a page sorted by arrival (or the leads without a clock
 * of a page sorted by due time) is walked through, or undefined to walk the
 * received (or due) index. With several, the first in arrivalIndexed's order,
 * which runs from the facet with most values (so fewest leads each, and the
 * shortest walk) to the one with fewest.
 */
export function arrivalFacet(params: Pick<LeadListParams, "sort" | ArrivalFacet>): ArrivalFacet | undefined {
  if (params.sort !== "received" && params.sort !== "due") return undefined;
  return (Object.keys(arrivalIndexed) as ArrivalFacet[]).find((facet) =>
    facet === "owner" ? params.owner !== undefined : params[facet].length === 1,
  );
}

/** The facet's condition as the walk needs it; `value` null for leads without one (unassigned). */
export function arrivalFacetSql(facet: ArrivalFacet, value: string | null): Prisma.Sql {
  const { column, type } = arrivalIndexed[facet];
  const bare = Prisma.raw(`leads."${column}"`);
  if (value === null) return Prisma.sql`${bare} IS NULL`;
  return Prisma.sql`${bare} = ANY (ARRAY[${value}]::${Prisma.raw(type)}[])`;
}

/**
 * The facet's column in front of an arrival order: ascending ahead of newest
 * first, descending ahead of oldest first, so the index is read forwards or
 * backwards in its own order.
 */
export function arrivalFacetOrder(facet: ArrivalFacet, newestFirst: boolean): string {
  return `leads."${arrivalIndexed[facet].column}" ${newestFirst ? "ASC" : "DESC"}`;
}
