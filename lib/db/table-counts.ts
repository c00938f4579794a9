// Row counts of every table of the app's schema: what a backup holds, and
// whether a database is empty enough to restore over.
import { z } from "zod";
import type { SqlQuery } from "./raw-sql";
import { parseRow, parseRows } from "./rows";

export type TableCounts = Record<string, number>;

export async function tableCounts(query: SqlQuery): Promise<TableCounts> {
  const tables = parseRows(
    z.object({ name: z.string() }),
    await query(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    ),
  );
  const counts: TableCounts = {};
  for (const { name } of tables) {
    const count = z.object({ n: z.number() });
    counts[name] = parseRow(count, await query(`SELECT count(*)::int AS n FROM "${name.replace(/"/g, '""')}"`)).n;
  }
  return counts;
}

/** Rows in the app's own tables (the migration history does not make a database "in use"). */
export const dataRows = (counts: TableCounts) =>
  Object.entries(counts).reduce((sum, [table, n]) => (table === "_prisma_migrations" ? sum : sum + n), 0);

export const describeCounts = (counts: TableCounts) =>
  Object.entries(counts)
    .filter(([table]) => table !== "_prisma_migrations")
    .map(([table, n]) => `${table} ${n}`)
    .join(", ");
