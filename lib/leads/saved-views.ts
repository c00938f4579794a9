// Named lead-list views: a few built in for everyone, plus each user's own
// (filters and sort as a query string, and the visible columns).
import { getDb } from "@/lib/db";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { parseLeadListParams } from "./list-params";
import { leadListQuery } from "./list-url";
import { openStatuses } from "./statuses";

/** A built-in view's message key (leads.views.builtIn.<key>): the list shows it in the reader's language. */
export type BuiltInViewKey = "newUnassigned" | "myOpen" | "activeThisWeek" | "doNotContact";

export interface ViewLink {
  id: string;
  /** A user's own name; for a built-in view its English name (builtInKey names it in other languages). */
  name: string;
  href: string;
  builtIn: boolean;
  builtInKey?: BuiltInViewKey;
}

const builtIns: { key: BuiltInViewKey; name: string; query: string }[] = [
  { key: "newUnassigned", name: "New and unassigned", query: "status=NEW&owner=unassigned" },
  { key: "myOpen", name: "My open leads", query: `owner=me&status=${openStatuses.join(",")}` },
  { key: "activeThisWeek", name: "Active stage this week", query: "stage=ACTIVE&range=7d" },
  { key: "doNotContact", name: "Do not contact", query: "dnc=1" },
];

/** Whether a name is taken by a built-in view (in English, case aside). */
export function isBuiltInViewName(name: string): boolean {
  return builtIns.some((v) => v.name.toLowerCase() === name.trim().toLowerCase());
}

function href(query: string, columns: string[] = []) {
  const params = new URLSearchParams(query);
  if (columns.length) params.set("cols", columns.join(","));
  const text = params.toString();
  return text ? `/leads?${text}` : "/leads";
}

export async function listViews(userId: string): Promise<ViewLink[]> {
  const db = await getDb();
  const own = await db.savedView.findMany({ where: { userId }, orderBy: { name: "asc" } });
  return [
    ...builtIns.map((v, i) => ({
      id: `built-in-${i}`,
      name: v.name,
      href: href(v.query),
      builtIn: true,
      builtInKey: v.key,
    })),
    ...own.map((v) => ({ id: v.id, name: v.name, href: href(v.query, v.columns), builtIn: false })),
  ];
}

/** Saves (or replaces, by name) the view a list URL describes; paging is not part of a view. */
export async function saveView(userId: string, name: string, listUrlQuery: string) {
  const trimmed = name.trim();
  if (!trimmed) throw new UserFacingError("viewName");
  if (isBuiltInViewName(trimmed)) throw new UserFacingError("viewBuiltIn");
  const params = parseLeadListParams(new URLSearchParams(listUrlQuery));
  const query = leadListQuery({ ...params, page: 1, cols: [] });
  const cols = params.cols;
  const db = await getDb();
  return db.savedView.upsert({
    where: { userId_name: { userId, name: trimmed } },
    create: { userId, name: trimmed, query, columns: cols },
    update: { query, columns: cols },
  });
}

export async function deleteView(userId: string, id: string) {
  const db = await getDb();
  // Scoped by user: nobody deletes another person's view.
  const { count } = await db.savedView.deleteMany({ where: { id, userId } });
  if (!count) throw new NotFoundError("viewGone");
}
