// How many leads each filter option would match under the other filters, for
// the list's filter menus. One GROUP BY per facet, each skipping its own filter.
import { getDb } from "@/lib/db";
import { leadFilterWhere, type FilterKey, type LeadFilter } from "./lead-filter-where";

export interface FacetOption {
  value: string;
  label?: string;
  count: number;
}
export type LeadFacets = Record<FilterKey, FacetOption[]>;

/** Offers are many: the menu lists the busiest ones and searches among them. */
const OFFER_LIMIT = 200;

/**
 * How many leads the filter itself matches, from its facet counts: the status
 * facet counts every status under all the other filters, so its selected
 * options (all of them when no status is chosen) add up to the view's total.
 */
export function facetTotal(facets: LeadFacets, filter: Pick<LeadFilter, "status">): number {
  return facets.status.filter((o) => !filter.status.length || (filter.status as readonly string[]).includes(o.value)).reduce((sum, o) => sum + o.count, 0);
}

export async function leadFacets(filter: LeadFilter, userId: string, now = new Date()): Promise<LeadFacets> {
  const db = await getDb();
  const where = (omit: FilterKey) => leadFilterWhere(filter, userId, { omit, now });
  const [source, action, stage, status, owner, offer] = await Promise.all([
    db.lead.groupBy({ by: ["source"], where: where("source"), _count: { _all: true } }),
    db.lead.groupBy({ by: ["action"], where: where("action"), _count: { _all: true } }),
    db.lead.groupBy({ by: ["stage"], where: where("stage"), _count: { _all: true } }),
    db.lead.groupBy({ by: ["status"], where: where("status"), _count: { _all: true } }),
    db.lead.groupBy({ by: ["ownerId"], where: where("owner"), _count: { _all: true } }),
    // Grouped with the title too: one pass, no second query for the titles.
    db.lead.groupBy({
      by: ["offerId", "offerTitle"],
      where: { AND: [where("offer"), { offerId: { not: null } }] },
      _count: { _all: true },
      orderBy: { _count: { offerId: "desc" } },
      take: OFFER_LIMIT * 2,
    }),
  ]);
  const counted = <K extends string>(rows: ({ _count: { _all: number } } & Record<K, string | null>)[], key: K) =>
    rows.filter((r) => r[key] !== null).map((r) => ({ value: r[key] as string, count: r._count._all })).sort((a, b) => b.count - a.count);

  // An offer may arrive under several titles: one option per offer id, the busiest title.
  const offers = new Map<string, FacetOption>();
  for (const o of offer) {
    const known = offers.get(o.offerId!);
    if (known) known.count += o._count._all;
    else offers.set(o.offerId!, { value: o.offerId!, label: o.offerTitle ?? undefined, count: o._count._all });
  }
  const users = await db.user.findMany({ where: { id: { in: owner.map((o) => o.ownerId).filter((id) => id !== null) } }, select: { id: true, name: true, email: true } });
  const userName = new Map(users.map((u) => [u.id, u.name || u.email]));
  const mine = owner.find((o) => o.ownerId === userId)?._count._all ?? 0;
  const unassigned = owner.find((o) => o.ownerId === null)?._count._all ?? 0;

  return {
    source: counted(source, "source"),
    action: counted(action, "action"),
    stage: counted(stage, "stage"),
    status: counted(status, "status"),
    offer: [...offers.values()].sort((a, b) => b.count - a.count).slice(0, OFFER_LIMIT),
    owner: [
      { value: "me", label: "Me", count: mine },
      { value: "unassigned", label: "Unassigned", count: unassigned },
      ...counted(owner, "ownerId")
        .filter((o) => o.value !== userId)
        .map((o) => ({ ...o, label: userName.get(o.value) ?? o.value })),
    ],
  };
}
