// The lead list's filter, rendered once, as a SQL condition on "leads": the
// list's rows and count, the facet counts, the CSV export, bulk triage and the
// overview's numbers all read it, so a filter means the same leads wherever it
// is used. Every column is qualified with the table ("leads"), so a query may
// join others (users has an id, a name and an e-mail too).
import { sqlTime } from "@/lib/db/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";
import { arrivalFacetSql, type ArrivalFacet } from "./arrival-walk";
import type { LeadFilter } from "./list-params";
import type { FilterKey } from "./list-url";
import type { SlaState } from "./response-clock";
import { foldText } from "./search-text";

export interface FilterOptions {
  /** Leave this filter out: a facet counts its options under the other filters. */
  omit?: FilterKey;
  now?: Date;
  /** This facet's one value as its walk in arrival order reads it (arrival-walk.ts). */
  walk?: ArrivalFacet;
}

const DAY_MS = 86_400_000;

/** Start of the current UTC day: "today" means the same day for every viewer. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
}

const column = (name: string) => Prisma.raw(`leads."${name}"`);

/** What makes a delivery "failing": dead, or still pending after a failed attempt. */
export function failingDeliverySql(alias: string): Prisma.Sql {
  const d = Prisma.raw(alias);
  return Prisma.sql`(${d}.state = 'DEAD' OR (${d}.state = 'PENDING' AND ${d}.attempts > 0))`;
}

/**
 * Enum values are cast to the column's type (validated by list-params), so the
 * column stays bare and its index usable.
 */
export function inList(name: string, values: readonly string[], enumType?: "FunnelStage" | "LeadStatus"): Prisma.Sql {
  const cast = enumType ? Prisma.raw(`::"${enumType}"`) : Prisma.empty;
  return Prisma.sql`${column(name)} IN (${Prisma.join(values.map((value) => Prisma.sql`${value}${cast}`))})`;
}

/** The date window a filter asks for: from `gte` (inclusive) to `lt` (exclusive), either end open. */
function receivedWindow(filter: LeadFilter, now: Date): { gte?: Date; lt?: Date } {
  let gte = filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined;
  const lt = filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS) : undefined;
  if (filter.range) {
    const days = { today: 0, "7d": 6, "30d": 29 }[filter.range];
    const since = new Date(startOfUtcDay(now).getTime() - days * DAY_MS);
    if (!gte || gte < since) gte = since;
  }
  return { gte, lt };
}

/** The start of a filter's date window (inclusive), if it has one. */
export const receivedSince = (filter: LeadFilter, now: Date): Date | undefined => receivedWindow(filter, now).gte;

/**
 * A window of at most a week: its leads, which arrived together and so sit
 * together in the table, are fewer to read than a facet value's list of
 * leads of all time; within a day, fewer than a word's trigrams' lists (below).
 */
const FACET_WINDOW_MS = 7 * DAY_MS;
const WORD_WINDOW_MS = DAY_MS;

function windowWithin({ gte, lt }: { gte?: Date; lt?: Date }, now: Date, ms: number): boolean {
  return gte !== undefined && (lt ?? now).getTime() - gte.getTime() <= ms;
}

function receivedSql({ gte, lt }: { gte?: Date; lt?: Date }): Prisma.Sql | undefined {
  const parts: Prisma.Sql[] = [];
  if (gte) parts.push(Prisma.sql`${column("receivedAt")} >= ${sqlTime(gte)}`);
  if (lt) parts.push(Prisma.sql`${column("receivedAt")} < ${sqlTime(lt)}`);
  return parts.length ? Prisma.join(parts, " AND ") : undefined;
}

/**
 * The day a lead arrived is a key of the search index (migration
 * received_day_in_search_index): beside a word (or facet value) that index
 * looks up, a window's days intersect the lookup's lists there, so only the
 * window's matches are read from the table. Without them a common word's
 * matches of all time were read to test the window: `emma.patel` in the last
 * 30 days at ten million leads, 20,002 table pages for 1,665 matches (453 ms
 * from disk, 64 ms with the days). The days cost the scan their lists whatever
 * the word (13 ms for a month at ten million leads, 45 ms for three), so only
 * a filter's window that starts at most a month ago is keyed (the window of
 * a page sorted by arrival has its own bound: arrival-window.ts). A day, not
 * a time, only widens the receivedAt condition beside it, which stays (and
 * bounds the walks of its btree).
 */
const DAY_KEY_MS = 31 * DAY_MS;

/** Arrived on `since`'s UTC day or later, as the search index's day key. */
export const receivedDaysSql = (since: Date) =>
  Prisma.sql`${column("receivedAt")}::date >= ${since.toISOString().slice(0, 10)}::date`;

const recentDaysSql = (since: Date | undefined, now: Date) =>
  since && now.getTime() - since.getTime() <= DAY_KEY_MS ? receivedDaysSql(since) : undefined;

function slaSql(state: SlaState, now: Date): Prisma.Sql {
  const [due, soon, responded] = [column("dueAt"), column("dueSoonAt"), column("firstResponseAt")];
  const nowSql = sqlTime(now);
  switch (state) {
    case "overdue":
      return Prisma.sql`${responded} IS NULL AND ${due} < ${nowSql}`;
    case "due-soon":
      return Prisma.sql`${responded} IS NULL AND ${due} >= ${nowSql} AND ${soon} <= ${nowSql}`;
    // Each names the predicate of the index of stopped clocks (migration sla_and_failing_delivery_indexes):
    // PostgreSQL plans `= FALSE` as NOT "responseMet", from which it does not prove it, and where no lead
    // has a clock it expected every lead to match that (at a million leads it read them all, 250-480 ms).
    case "met":
      return Prisma.sql`${column("responseMet")} IS NOT NULL AND ${column("responseMet")}`;
    case "missed":
      return Prisma.sql`${column("responseMet")} IS NOT NULL AND NOT ${column("responseMet")}`;
  }
}

/**
 * Within a short date window, a condition is tested on the window's leads
 * rather than looked up: `IS TRUE` (the same rows, as WHERE drops NULL) is no
 * index condition. Looked up, a common facet value is a long list of leads in
 * the search index (AppSource: 841,353 at ten million leads, 413 ms), which
 * the planner, costing it by its matches rather than its length, ANDs with the
 * window's 18,647 leads of today (17 ms read and tested); from a month on, the
 * lists win (docs/performance.md, eleventh round). A word's scan costs the
 * length of its rarest trigram's list, not its matches: 85-230 ms from disk at
 * ten million leads beside a facet, even for `emma.patel`, against 14-19 ms to
 * test it on today's leads; a week's 170,000 leads from disk took as long as
 * the scan or longer (nineteenth round). So the facets are tested within a
 * week and the words within a day. A view sorted by arrival tests its whole
 * filter so on a small window of leads (arrival-window.ts).
 */
export const testedOnRows = (sql: Prisma.Sql) => Prisma.sql`(${sql}) IS TRUE`;

/** Words shorter than a trigram: the search index has nothing to look them up by. */
const TRIGRAM = 3;

/** Whether the search index looks the word up (by its trigrams). */
const indexedWord = (word: string) => [...word].length >= TRIGRAM;

/**
 * searchText contains the word. As LIKE (its wildcards escaped; backslash is
 * PostgreSQL's default escape), which the search index answers from the
 * word's trigrams. A shorter word has none, and in the one index that also
 * holds the facet columns its LIKE would make the planner scan the whole index
 * or give the index up, facets included; as strpos() it is no index
 * condition, and is tested on the rows the other conditions find. Within a
 * day every word is tested so (testedOnRows).
 */
function containsSql(word: string, lookedUp: boolean): Prisma.Sql {
  if (!indexedWord(word)) return Prisma.sql`strpos(${column("searchText")}, ${word}) > 0`;
  const like = Prisma.sql`${column("searchText")} LIKE ${`%${word.replace(/[\\%_]/g, "\\$&")}%`}`;
  return lookedUp ? like : testedOnRows(like);
}

/** An unassigned lead's owner in the search and facet index: GIN cannot search for NULL. Never a user's id (v4). */
const NO_OWNER = "00000000-0000-0000-0000-000000000000";

/**
 * The owner condition. Where the search index is scanned anyway, for a word
 * it looks up or for another facet value (source, action, stage, offer), it is
 * the owner as that index keeps it (migration owner_in_search_index; the
 * expression must be the index's own, the constant included, or it would not
 * match), so "Unassigned" is one more key of that scan, which skips through
 * its long list of leads along the others. As IS NULL, the planner ANDed a
 * btree bitmap of every unassigned lead: 319,248 at a million leads, 23-38 ms
 * beside a term; 2.4 million at ten million beside an action and a status,
 * 204 ms of a 309 ms read that takes 74 ms in the index (thirteenth round).
 * With no other facet than a status it stays a condition on the column: two
 * long lists (unassigned and a status) intersected inside GIN took 106 ms at
 * ten million leads for a combination no lead has, where the owner and status
 * btree answers in a millisecond (docs/performance.md, eighth round). So it
 * does within a date window: the owner and receivedAt btree reads only the
 * window's part of the owner's leads (30 days beside an offer and a stage:
 * 37 ms, against 73 ms in the index ANDed with the window).
 */
function ownerSql(owner: string, inIndexScan: boolean): Prisma.Sql {
  const id = owner === "unassigned" ? NO_OWNER : owner;
  if (inIndexScan)
    return Prisma.sql`COALESCE(${column("ownerId")}, ${Prisma.raw(`'${NO_OWNER}'::uuid`)}) = ${id}::uuid`;
  return id === NO_OWNER ? Prisma.sql`${column("ownerId")} IS NULL` : Prisma.sql`${column("ownerId")} = ${id}::uuid`;
}

/** A condition and the facet it belongs to, if any: a facet counts its options without its own condition. */
interface TaggedCondition {
  facet?: FilterKey;
  sql: Prisma.Sql;
}

/** The owner filter with "me" resolved: a user's id or "unassigned". */
const ownerOf = (filter: LeadFilter, userId: string) => (filter.owner === "me" ? userId : filter.owner);

/** The one value of a facet walked in arrival order: null for unassigned. */
function walkedValue(filter: LeadFilter, facet: ArrivalFacet, userId: string): string | null {
  if (facet !== "owner") return filter[facet][0]!;
  const owner = ownerOf(filter, userId)!;
  return owner === "unassigned" ? null : owner;
}

function taggedConditions(filter: LeadFilter, userId: string, now: Date, walk?: ArrivalFacet): TaggedCondition[] {
  const out: TaggedCondition[] = [];
  // searchText is folded at ingestion; fold the term the same way.
  const words = filter.q ? foldText(filter.q).split(" ").filter(Boolean) : [];
  const window = receivedWindow(filter, now);
  const wordsLookedUp = !windowWithin(window, now, WORD_WINDOW_MS);
  // Beside a word the search index looks up, the facets stay keys of the term's scan (ownerSql).
  const inTermScan = wordsLookedUp && words.some(indexedWord);
  const facetsTested = windowWithin(window, now, FACET_WINDOW_MS) && !inTermScan;
  const facetSql = facetsTested ? testedOnRows : (sql: Prisma.Sql) => sql;
  const add = (sql: Prisma.Sql | undefined, facet?: FilterKey) =>
    sql && out.push({ facet, sql: facet ? facetSql(sql) : sql });
  if (!filter.test) add(Prisma.sql`${column("isTest")} = false`);
  if (filter.collapse) add(Prisma.sql`${column("duplicateOfId")} IS NULL`);
  if (filter.dnc) add(Prisma.sql`${column("doNotContact")} = true`);
  if (filter.source.length) add(inList("source", filter.source), "source");
  if (filter.action.length) add(inList("action", filter.action), "action");
  if (filter.stage.length) add(inList("stage", filter.stage, "FunnelStage"), "stage");
  if (filter.offer.length) add(inList("offerId", filter.offer), "offer");
  if (filter.status.length) add(inList("status", filter.status, "LeadStatus"), "status");
  if (filter.owner) {
    const otherFacet = [filter.source, filter.action, filter.stage, filter.offer].some((v) => v.length);
    const inIndexScan = inTermScan || (otherFacet && !window.gte && !window.lt);
    add(ownerSql(ownerOf(filter, userId)!, inIndexScan), "owner");
  }
  add(receivedSql(window));
  if (inTermScan) add(recentDaysSql(window.gte, now));
  for (const word of words) add(containsSql(word, wordsLookedUp));
  if (filter.delivery === "failing") {
    add(Prisma.sql`EXISTS (SELECT 1 FROM deliveries d WHERE d."leadId" = leads.id AND ${failingDeliverySql("d")})`);
  }
  if (filter.sla) add(slaSql(filter.sla, now));
  if (!walk) return out;
  return out.map((t) =>
    t.facet === walk ? { facet: walk, sql: arrivalFacetSql(walk, walkedValue(filter, walk, userId)) } : t,
  );
}

/**
 * The filter's date window alone, or undefined without one: what a walk of an
 * index ending in receivedAt reads of each of its groups (sorted-groups.ts).
 */
export function leadWindowSql(filter: LeadFilter, now = new Date()): Prisma.Sql | undefined {
  return receivedSql(receivedWindow(filter, now));
}

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);

/** The filter split for facet counts: the conditions every facet keeps, and each chosen facet's own. */
export function leadFacetFilterSql(
  filter: LeadFilter,
  userId: string,
  now = new Date(),
): { common: Prisma.Sql; own: Map<FilterKey, Prisma.Sql> } {
  const tagged = taggedConditions(filter, userId, now);
  return {
    common: and(tagged.filter((t) => !t.facet).map((t) => t.sql)),
    own: new Map(tagged.filter((t) => t.facet).map((t) => [t.facet!, t.sql])),
  };
}

/** A condition for `WHERE`: `TRUE` when nothing is filtered. */
export function leadFilterSql(
  filter: LeadFilter,
  userId: string,
  { omit, now = new Date(), walk }: FilterOptions = {},
): Prisma.Sql {
  return and(
    taggedConditions(filter, userId, now, walk)
      .filter((t) => !omit || t.facet !== omit)
      .map((t) => t.sql),
  );
}
