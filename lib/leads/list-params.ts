// The one typed description of the lead list's URL: every filter, the sort,
// the page and the visible columns live in the query string, so a link
// reproduces the view. The page, the export and bulk actions all parse with
// this schema, and the query layer takes its input type from it. Unknown or
// malformed values are dropped rather than failing the page.
import { z } from "zod";
import { funnelStages } from "./lead";
import { filterKeys, MAX_PAGE, pageSizes, sortKeys } from "./list-url";
import { slaStates } from "./response-clock";
import { leadStatuses } from "./statuses";

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const list = <T extends z.ZodType<string>>(item: T) =>
  z
    .preprocess(
      (value) => {
        const text = one(value);
        return typeof text === "string" && text
          ? [
              ...new Set(
                text
                  .split(",")
                  .map((s) => s.trim())
                  .filter(Boolean),
              ),
            ]
          : [];
      },
      z
        .array(z.string().max(200))
        .max(50)
        .transform((values) => values.filter((v): v is z.output<T> => item.safeParse(v).success)),
    )
    .catch([]);
const single = <T extends z.ZodType>(schema: T) => z.preprocess(one, schema.optional()).catch(undefined);
const flag = single(z.literal("1").transform(() => true)).transform((v) => v ?? false);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

/**
 * The filter part of the URL: what the list, its counts and facets, the
 * export, bulk actions and the overview's numbers act on (rendered once, in
 * lead-filter-sql.ts). Its keys are the filter keys; the list adds paging,
 * sorting and columns.
 */
const filterShape = {
  source: list(z.string()),
  action: list(z.string()),
  stage: list(z.enum(funnelStages)),
  offer: list(z.string()),
  status: list(z.enum(leadStatuses)),
  /** "me", "unassigned" or a user id. */
  owner: single(z.union([z.literal("me"), z.literal("unassigned"), z.uuid()])),
  from: single(day),
  to: single(day),
  /** A window relative to now, so a saved "this week" stays this week. */
  range: single(z.enum(["today", "7d", "30d"])),
  q: single(z.string().trim().max(200)).transform((v) => v || undefined),
  test: flag,
  collapse: flag,
  dnc: flag,
  delivery: single(z.literal("failing")),
  /** The response clock: unanswered past due or near it, answered in time or late. */
  sla: single(z.enum(slaStates)),
} satisfies Record<(typeof filterKeys)[number], z.ZodType>;
export const leadFilterSchema = z.object(filterShape);

export type LeadFilter = z.output<typeof leadFilterSchema>;

export const leadListParamsSchema = leadFilterSchema.extend({
  sort: single(z.enum(sortKeys)).transform((v) => v ?? "received"),
  dir: single(z.enum(["asc", "desc"])),
  page: single(z.coerce.number().int().min(1).max(MAX_PAGE)).transform((v) => v ?? 1),
  size: single(z.coerce.number().pipe(z.union(pageSizes.map((n) => z.literal(n))))).transform((v) => v ?? 50),
  /** Visible column ids; empty = the default set. */
  cols: list(z.string().regex(/^[a-z]+$/)),
});

export type LeadListParams = z.output<typeof leadListParamsSchema>;
export type RawSearchParams = Record<string, string | string[] | undefined>;

export function parseLeadListParams(raw: RawSearchParams | URLSearchParams): LeadListParams {
  const record = raw instanceof URLSearchParams ? Object.fromEntries(raw) : raw;
  return leadListParamsSchema.parse(record);
}
