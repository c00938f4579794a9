// Row counts of every table of the app's schema: what a backup holds, and
// whether a database is empty enough to restore over.
import type { SqlQuery } from "./raw-sql";

export type TableCounts = Record<string, number>;

export async function tableCounts(query: SqlQuery): Promise<TableCounts> {
  const tables = await query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const counts: TableCounts = {};
  for (const { name } of tables) {
    const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name.replace(/"/g, '""')}"`);
    counts[name] = row!.n;
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
