// How many leads each filter option would match under the other filters, for
// the list's filter menus.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { LARGE_WORK_MEM, withLocalSettings, type LocalSettings } from "@/lib/db/local-settings";
import { parseRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { type LeadFilter } from "./list-params";
import { facetKeys, type FilterKey } from "./list-url";
import { leadFacetFilterSql } from "./lead-filter-sql";
import { defaultTableSampling, leadSample, type TableSampling } from "./table-sample";

export interface FacetOption {
  value: string;
  label?: string;
  count: number;
  /** Scaled up from a sample of the table (see leadFacets): shown as "≈". */
  estimated?: true;
}
export type LeadFacets = Record<FilterKey, FacetOption[]>;

/** Offers are many: the menu lists the busiest ones and searches among them. */
const OFFER_LIMIT = 200;

/**
 * How many leads the filter itself matches, from its facet counts: the status
 * facet counts every status under all the other filters, so its selected
 * options (all of them when no status is chosen) add up to the view's total.
 */
export function facetTotal(
  facets: LeadFacets,
  filter: Pick<LeadFilter, "status">,
): { total: number; estimated: boolean } {
  const chosen = facets.status.filter(
    (o) => !filter.status.length || (filter.status as readonly string[]).includes(o.value),
  );
  return { total: chosen.reduce((sum, o) => sum + o.count, 0), estimated: chosen.some((o) => o.estimated) };
}

/** Each facet's grouping column(s) in the single pass below. */
const facetColumns: Record<FilterKey, string> = {
  source: "source",
  action: "action",
  stage: "stage",
  status: "status",
  owner: "owner",
  offer: "offer, title",
};

const facetRow = z.object({
  /** "all" is the grand total of the pass: every row that took part. */
  facet: z.enum([...facetKeys, "all"]),
  value: z.string().nullable(),
  title: z.string().nullable(),
  count: z.number(),
});
type FacetRow = z.output<typeof facetRow>;

/**
 * Every facet's counts in one pass over the matching leads (GROUPING SETS),
 * instead of one GROUP BY per facet: at a million leads, six scans of the
 * table became one. A facet counts its options under the other filters, so a
 * row takes part when it fails at most one chosen facet condition, and each
 * facet's count keeps only the rows that pass all the others.
 */
async function countFacets(
  filter: LeadFilter,
  userId: string,
  now: Date,
  /** The leads to count: the table, or its sample (table-sample.ts). */
  from: Prisma.Sql = Prisma.raw("leads"),
  settings: LocalSettings = LARGE_WORK_MEM,
): Promise<FacetRow[]> {
  const db = await getDb();
  const { common, own } = leadFacetFilterSql(filter, userId, now);
  const chosen = facetKeys.filter((k) => own.has(k));
  const passes = (k: FilterKey) => Prisma.raw(`"passes_${k}"`);
  const flags = chosen.map((k) => Prisma.sql`, COALESCE(${own.get(k)!}, false) AS ${passes(k)}`);
  // "Passes every chosen condition but at most one", written as an OR of ANDs
  // (all but the first, all but the second, …) rather than a sum of CASEs:
  // the planner can answer each AND from the conditions' indexes and OR the
  // bitmaps, instead of testing every row.
  const allBut = (skip: FilterKey) =>
    Prisma.join(
      chosen.filter((k) => k !== skip).map((k) => Prisma.sql`(${own.get(k)!})`),
      " AND ",
    );
  const eachAllBut = () => chosen.map((k) => Prisma.sql`(${allBut(k)})`);
  const atMostOneMiss = chosen.length > 1 ? Prisma.sql`AND (${Prisma.join(eachAllBut(), " OR ")})` : Prisma.empty;
  const countFor = (k: FilterKey) => {
    const others = chosen.filter((c) => c !== k).map(passes);
    return others.length ? Prisma.sql`count(*) FILTER (WHERE ${Prisma.join(others, " AND ")})` : Prisma.sql`count(*)`;
  };
  const grouping = (k: FilterKey) => Prisma.raw(facetColumns[k].split(", ")[0]!);
  // Room for exact bitmaps: a text search's facet pass reads every lead that
  // contains the term and fails at most one facet.
  const rows = await withLocalSettings(
    settings,
    db.$queryRaw`
    SELECT CASE ${Prisma.join(
      facetKeys.map((k) => Prisma.sql`WHEN GROUPING(${grouping(k)}) = 0 THEN ${k}`),
      " ",
    )} ELSE 'all' END AS facet,
      COALESCE(${Prisma.join(
        facetKeys.map((k) => Prisma.sql`CASE WHEN GROUPING(${grouping(k)}) = 0 THEN ${grouping(k)}::text END`),
        ", ",
      )}) AS value,
      title,
      (CASE ${Prisma.join(
        facetKeys.map((k) => Prisma.sql`WHEN GROUPING(${grouping(k)}) = 0 THEN ${countFor(k)}`),
        " ",
      )} ELSE count(*) END)::int AS count
    FROM (
      SELECT source, action, stage, status, "ownerId" AS owner, "offerId" AS offer, "offerTitle" AS title
        ${flags.length ? Prisma.join(flags, " ") : Prisma.empty}
      FROM ${from} WHERE ${common} ${atMostOneMiss}
    ) matched
    GROUP BY GROUPING SETS (${Prisma.raw(facetKeys.map((k) => `(${facetColumns[k]})`).join(", "))}, ())`,
  );
  return parseRows(facetRow, rows);
}

/**
 * The exact pass after the sample said few leads take part: from the indexes'
 * bitmaps, never a scan of the table. The planner takes the facet conditions
 * as independent and may expect many (owner=unassigned with three facets no
 * lead has together: 48,000 expected, none found; a parallel scan, 282 ms at
 * a million leads, against 82 ms for the bitmaps).
 */
const FEW: LocalSettings = { ...LARGE_WORK_MEM, enable_seqscan: "off" };

/**
 * When the counts are estimated. The exact pass reads every lead that takes
 * part (those failing at most one chosen facet condition): cheap for a narrow
 * filter, seconds for a broad one at ten million leads. So on a large table
 * the pass first runs on a fixed-size page sample (table-sample.ts); when that
 * says more than `exactLimit` leads take part, its counts, scaled up, are the
 * answer (marked estimated); otherwise the exact pass runs, and is cheap
 * because few leads take part. The limit is the list's count cap: the exact
 * pass reads every one of them, and for a text search on a common term that
 * is tens of thousands of scattered heap pages.
 */
async function facetRows(
  filter: LeadFilter,
  userId: string,
  now: Date,
  sampling: TableSampling,
): Promise<{ rows: FacetRow[]; scale?: number }> {
  const sample = await leadSample(sampling);
  if (!sample) return { rows: await countFacets(filter, userId, now) };
  const sampled = await countFacets(filter, userId, now, sample.from);
  const takingPart = (sampled.find((r) => r.facet === "all")?.count ?? 0) * sample.scale;
  if (takingPart <= sampling.exactLimit) return { rows: await countFacets(filter, userId, now, undefined, FEW) };
  return { rows: sampled.map((r) => ({ ...r, count: Math.round(r.count * sample.scale) })), scale: sample.scale };
}

export async function leadFacets(
  filter: LeadFilter,
  userId: string,
  now = new Date(),
  sampling = defaultTableSampling,
): Promise<LeadFacets> {
  const db = await getDb();
  const { rows, scale } = await facetRows(filter, userId, now, sampling);
  const estimated = scale ? ({ estimated: true } as const) : {};
  const of = (facet: FilterKey) => rows.filter((r) => r.facet === facet && r.value !== null && r.count > 0);
  const counted = (facet: FilterKey) =>
    of(facet)
      .map((r) => ({ value: r.value!, count: r.count, ...estimated }))
      .sort((a, b) => b.count - a.count);

  // An offer may arrive under several titles: one option per offer id, the busiest title.
  const offers = new Map<string, FacetOption>();
  for (const o of of("offer").sort((a, b) => b.count - a.count)) {
    const known = offers.get(o.value!);
    if (known) known.count += o.count;
    else offers.set(o.value!, { value: o.value!, label: o.title ?? undefined, count: o.count, ...estimated });
  }
  const owner = of("owner");
  const users = await db.user.findMany({
    where: { id: { in: owner.map((o) => o.value!) } },
    select: { id: true, name: true, email: true },
  });
  const userName = new Map(users.map((u) => [u.id, u.name || u.email]));
  const mine = owner.find((o) => o.value === userId)?.count ?? 0;
  // The owner set's NULL group is the unassigned leads.
  const unassigned = rows.find((r) => r.facet === "owner" && r.value === null)?.count ?? 0;

  return {
    source: counted("source"),
    action: counted("action"),
    stage: counted("stage"),
    status: counted("status"),
    offer: [...offers.values()].sort((a, b) => b.count - a.count).slice(0, OFFER_LIMIT),
    owner: [
      { value: "me", label: "Me", count: mine, ...estimated },
      { value: "unassigned", label: "Unassigned", count: unassigned, ...estimated },
      ...counted("owner")
        .filter((o) => o.value !== userId)
        .map((o) => ({ ...o, label: userName.get(o.value) ?? o.value })),
    ],
  };
}
