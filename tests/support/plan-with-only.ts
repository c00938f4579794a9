// Which index can answer a query, whatever the planner would rather use: its
// plan and rows with every other index of leads dropped and table reads off,
// inside a transaction that is rolled back (for a test file that has its
// database to itself). And a statement's plan under the app's own settings.
import { getDb } from "@/lib/db";
import { withLocalSettings, type LocalSettings } from "@/lib/db/local-settings";
import { Prisma } from "@/lib/generated/prisma/client";

class RollBack {
  constructor(
    readonly plan: string,
    readonly rows: Record<string, unknown>[],
  ) {}
}

/** `keep`: the indexes of leads left in place; `settings`: SET LOCAL lines besides seqscan off. */
export async function planWithOnly(
  keep: string[],
  query: Prisma.Sql,
  settings: string[] = [],
): Promise<{ plan: string; rows: Record<string, unknown>[] }> {
  const db = await getDb();
  const rolledBack = await db
    .$transaction(async (tx) => {
      const others = await tx.$queryRaw<{ indexname: string }[]>`
        SELECT indexname FROM pg_indexes WHERE tablename = 'leads'`;
      for (const { indexname } of others)
        if (!keep.includes(indexname)) await tx.$executeRawUnsafe(`DROP INDEX "${indexname}"`);
      for (const setting of ["enable_seqscan = off", ...settings]) await tx.$executeRawUnsafe(`SET LOCAL ${setting}`);
      const explained = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${query}`;
      const rows = await tx.$queryRaw<Record<string, unknown>[]>`${query}`;
      throw new RollBack(explained.map((p) => p["QUERY PLAN"]).join("\n"), rows);
    })
    .catch((e: unknown) => e);
  if (!(rolledBack instanceof RollBack)) throw rolledBack;
  return { plan: rolledBack.plan, rows: rolledBack.rows };
}

/** The plan's `Index Cond:` lines: how many index scans it makes, and on what. */
export function indexConditions(plan: string): string[] {
  return plan.split("\n").filter((line) => line.includes("Index Cond:"));
}

/**
 * A statement's plan under the settings the app would run it with; with `analyze`, run and timed; with
 * `verbose`, each node's output columns on the line after it.
 */
export async function explainUnder(
  settings: LocalSettings,
  query: Prisma.Sql,
  { analyze = false, verbose = false }: { analyze?: boolean; verbose?: boolean } = {},
): Promise<string> {
  const db = await getDb();
  const options = [analyze && "ANALYZE", verbose && "VERBOSE"].filter(Boolean).join(", ");
  const explain = db.$queryRaw`EXPLAIN ${Prisma.raw(options ? `(${options})` : "")} ${query}`;
  const plan = (await withLocalSettings(settings, explain)) as { "QUERY PLAN": string }[];
  return plan.map((line) => line["QUERY PLAN"]).join("\n");
}
