// Builds the Prisma driver-adapter factory for a database config. Both
// factories are migration-aware, so the same object serves the client and the
// WebAssembly schema engine.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { logger } from "@/lib/log/logger";
import type { DatabaseConfig } from "./config";
import { pgliteRawSql, pgRawSql, type RawSql } from "./raw-sql";

export interface OpenAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Plain SQL over the same pool / instance the factory uses. */
  sql: RawSql;
  /** The embedded database of another process (the running app), reached through its socket. */
  borrowed?: boolean;
  close(): Promise<void>;
}

const IDLE_CONNECTION_MS = 5 * 60_000;

/**
 * Prefetching for the pool's sessions. A bitmap read (a view's few matches, a
 * facet menu's exact counts) fetches thousands of scattered table pages, by
 * default with one page asked for ahead; with effective_io_concurrency 64 the
 * server asks the operating system for up to 64. Where those pages are not cached
 * (after a restart, or on a host that pages out idle memory), cold filters at
 * a million leads went from p95 333-396 ms, max 629-810, to p95 203-207, max
 * 225-255 (docs/performance.md, seventeenth round). Set when a connection opens, not
 * in the start-up options: a server without posix_fadvise (macOS) refuses any
 * value but 0, which there would refuse the connection.
 */
export const PREFETCH_PAGES = 64;

export async function openAdapter(config: DatabaseConfig): Promise<OpenAdapter> {
  if (config.kind === "postgres") {
    const { PgMigrationAdapterFactory } = await import("./pg-migration-adapter");
    const pg = await import("pg");
    // One pool for Prisma and for plain SQL, so the pool size is the whole budget.
    // Idle connections are kept for minutes, not pg's 10 s: a new server process
    // loads its catalog caches and compiles leaddesk_store_leads() on first use,
    // which made the first posts after a quiet spell wait.
    const pool = new pg.default.Pool({
      connectionString: config.url,
      max: config.poolSize,
      idleTimeoutMillis: IDLE_CONNECTION_MS,
      // No JIT compilation: the list's statements are estimated costly enough to trigger it
      // (a CTE of every match, cut short by a LIMIT), and compiling took far longer than the
      // queries then ran (docs/performance.md). An `options` in DATABASE_URL takes precedence.
      options: "-c jit=off",
      // Before the connection is first handed out; where refused, the server's default stays.
      // A value in DATABASE_URL's `options` is left to stand.
      onConnect: config.url.includes("effective_io_concurrency")
        ? undefined
        : async (client) => {
            await client.query(`SET effective_io_concurrency = ${PREFETCH_PAGES}`).catch(() => {});
          },
    });
    // An idle connection the server ends (a restart, a failover, a terminated backend) surfaces
    // here and is replaced on next use; with no listener, pg would throw it and end the process.
    pool.on("error", (error) => logger.warn({ err: error }, "the database closed an idle connection"));
    return { factory: new PgMigrationAdapterFactory(pool), sql: pgRawSql(pool), close: () => pool.end() };
  }
  const { openEmbedded } = await import("./open-embedded");
  const { PgliteMigrationAdapterFactory } = await import("./pglite-migration-adapter");
  const embedded = await openEmbedded(config.dataDir);
  return {
    factory: new PgliteMigrationAdapterFactory(embedded.client),
    sql: pgliteRawSql(embedded.client),
    borrowed: embedded.shared,
    close: () => embedded.close(),
  };
}
