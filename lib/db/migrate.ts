import { connect } from "./client";
import { applyMigrations } from "./migrations";

/**
 * Brings this process' database up to date; returns the migrations applied.
 * On PostgreSQL the engine gets a pool of its own: it holds a session-level
 * advisory lock while migrating, and a pooled connection shared with the
 * client could keep that lock and stall the next run.
 */
export async function migrate(): Promise<string[]> {
  const { config, adapter } = await connect();
  if (config.kind === "pglite") return applyMigrations(adapter.factory);
  const { PgMigrationAdapterFactory } = await import("./pg-migration-adapter");
  const pg = await import("pg");
  const pool = new pg.default.Pool({ connectionString: config.url, max: 2 });
  try {
    return await applyMigrations(new PgMigrationAdapterFactory(pool));
  } finally {
    await pool.end();
  }
}
