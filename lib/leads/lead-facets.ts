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
import { defaultTableSampling, estimatedFromSample, leadSample, type TableSampling } from "./table-sample";

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
 * Which leads a pass reads and which facets it counts. The whole pass reads
 * every lead that takes part and counts every facet. A split pass for a
 * chosen facet reads the leads passing all the other chosen conditions and
 * counts that facet, and (`unchosen`) the facets nobody chose.
 */
type FacetPass = { kind: "whole" } | { kind: "split"; facet: FilterKey; unchosen: boolean };

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
  pass: FacetPass = { kind: "whole" },
): Promise<FacetRow[]> {
  const db = await getDb();
  const { common, own } = leadFacetFilterSql(filter, userId, now);
  const chosen = facetKeys.filter((k) => own.has(k));
  const passes = (k: FilterKey) => Prisma.raw(`"passes_${k}"`);
  const allBut = (skip: FilterKey) =>
    Prisma.join(
      chosen.filter((k) => k !== skip).map((k) => Prisma.sql`(${own.get(k)!})`),
      " AND ",
    );
  let flagged: FilterKey[];
  let counted: FilterKey[];
  let rowsTakingPart: Prisma.Sql;
  if (pass.kind === "whole") {
    flagged = chosen;
    counted = [...facetKeys];
    // "Passes every chosen condition but at most one", written as an OR of ANDs
    // (all but the first, all but the second, …) rather than a sum of CASEs:
    // the planner can answer each AND from the conditions' indexes and OR the
    // bitmaps, instead of testing every row.
    rowsTakingPart =
      chosen.length > 1
        ? Prisma.sql`AND (${Prisma.join(
            chosen.map((k) => Prisma.sql`(${allBut(k)})`),
            " OR ",
          )})`
        : Prisma.empty;
  } else {
    flagged = [pass.facet];
    counted = [pass.facet, ...(pass.unchosen ? facetKeys.filter((k) => !own.has(k)) : [])];
    rowsTakingPart = chosen.length > 1 ? Prisma.sql`AND ${allBut(pass.facet)}` : Prisma.empty;
  }
  const flags = flagged.map((k) => Prisma.sql`, COALESCE(${own.get(k)!}, false) AS ${passes(k)}`);
  const countFor = (k: FilterKey) => {
    const others = flagged.filter((c) => c !== k).map(passes);
    return others.length ? Prisma.sql`count(*) FILTER (WHERE ${Prisma.join(others, " AND ")})` : Prisma.sql`count(*)`;
  };
  const grouping = (k: FilterKey) => Prisma.raw(facetColumns[k].split(", ")[0]!);
  // Only the whole pass has the grand total: the sample's share of leads taking part.
  const sets = counted.map((k) => `(${facetColumns[k]})`).concat(pass.kind === "whole" ? ["()"] : []);
  // Room for exact bitmaps: a text search's facet pass reads every lead that
  // contains the term and fails at most one facet.
  const rows = await withLocalSettings(
    settings,
    db.$queryRaw`
    SELECT CASE ${Prisma.join(
      counted.map((k) => Prisma.sql`WHEN GROUPING(${grouping(k)}) = 0 THEN ${k}`),
      " ",
    )} ELSE 'all' END AS facet,
      COALESCE(${Prisma.join(
        counted.map((k) => Prisma.sql`CASE WHEN GROUPING(${grouping(k)}) = 0 THEN ${grouping(k)}::text END`),
        ", ",
      )}) AS value,
      ${counted.includes("offer") ? Prisma.sql`title` : Prisma.sql`NULL::text AS title`},
      (CASE ${Prisma.join(
        counted.map((k) => Prisma.sql`WHEN GROUPING(${grouping(k)}) = 0 THEN ${countFor(k)}`),
        " ",
      )} ELSE count(*) END)::int AS count
    FROM (
      SELECT source, action, stage, status, "ownerId" AS owner, "offerId" AS offer, "offerTitle" AS title
        ${flags.length ? Prisma.join(flags, " ") : Prisma.empty}
      FROM ${from} WHERE ${common} ${rowsTakingPart}
    ) matched
    GROUP BY GROUPING SETS (${Prisma.raw(sets.join(", "))})`,
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
 * The exact pass of a filter with several facets chosen, when the sample says
 * very few leads take part (`splitBelow`): one statement per chosen facet, side
 * by side. Its cost is then intersecting the facet values' lists in the index,
 * one intersection per chosen facet: the whole pass ORs them in one backend,
 * on one core (four common values that match no lead at ten million leads:
 * ~200 ms), while split they share the cores. With more leads taking part,
 * each split statement would read the same matching rows again.
 */
async function exactFacetRows(
  filter: LeadFilter,
  userId: string,
  now: Date,
  takingPart: number,
  sampling: TableSampling,
): Promise<FacetRow[]> {
  const { own } = leadFacetFilterSql(filter, userId, now);
  const chosen = facetKeys.filter((k) => own.has(k));
  if (chosen.length < 2 || takingPart >= sampling.splitBelow) return countFacets(filter, userId, now, undefined, FEW);
  const parts = await Promise.all(
    chosen.map((facet, i) =>
      countFacets(filter, userId, now, undefined, FEW, { kind: "split", facet, unchosen: i === 0 }),
    ),
  );
  return parts.flat();
}

/**
 * When the counts are estimated. The exact pass reads every lead that takes
 * part (those failing at most one chosen facet condition): cheap for a narrow
 * filter, seconds for a broad one at ten million leads. So on a large table
 * the pass first runs on a fixed-size page sample (table-sample.ts); when that
 * says more than `exactLimit` leads take part, its counts, scaled up, are the
 * answer (marked estimated); otherwise the exact pass runs, and is cheap
 * because few leads take part. The limit is the list's count cap: the exact
 * pass reads every one of them, and for a text search on a common term that
 * is tens of thousands of scattered heap pages. Below the cap, the sample's
 * counts are kept when it holds enough of those leads (estimatedFromSample).
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
  const inSample = sampled.find((r) => r.facet === "all")?.count ?? 0;
  const takingPart = inSample * sample.scale;
  if (!estimatedFromSample(takingPart, inSample, sampling))
    return { rows: await exactFacetRows(filter, userId, now, takingPart, sampling) };
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
