// Plain SQL on the same connections Prisma uses, for the few hot paths where
// Prisma's per-query overhead dominates (see README.md here for which).
// Placeholders are $1, $2… on both databases. Rows come back untyped: parse
// them (rows.ts), times go in through sql-time.ts.
import type { Pool, PoolClient } from "pg";
import type { PgliteClient, PgliteQueries } from "./pglite-remote";

export type Row = Record<string, unknown>;

export interface SqlQuery {
  /**
   * `name` makes it a named prepared statement on PostgreSQL (parsed and
   * planned once per connection, then reused); PGlite ignores it.
   */
  (text: string, params?: unknown[], name?: string): Promise<Row[]>;
}

export interface RawSql {
  readonly kind: "postgres" | "pglite";
  query: SqlQuery;
  /** Runs fn inside BEGIN … COMMIT (ROLLBACK on error) on one connection. */
  transaction<T>(fn: (query: SqlQuery) => Promise<T>): Promise<T>;
}

export function pgRawSql(pool: Pool): RawSql {
  const on =
    (client: Pool | PoolClient): SqlQuery =>
    async (text: string, values: unknown[] = [], name?: string): Promise<Row[]> =>
      (await client.query<Row>(name ? { name, text, values } : { text, values })).rows;
  return {
    kind: "postgres",
    query: on(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(on(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

export function pgliteRawSql(db: PgliteClient): RawSql {
  // PGlite runs one statement at a time and queues queries behind open
  // transactions, so this is safe alongside Prisma on the same instance.
  const on =
    (client: PgliteQueries): SqlQuery =>
    async (text: string, params: unknown[] = []): Promise<Row[]> =>
      (await client.query<Row>(text, params)).rows;
  return {
    kind: "pglite",
    query: on(db),
    transaction: (fn) => db.transaction((tx) => fn(on(tx))),
  };
}
