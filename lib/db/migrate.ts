import { z } from "zod";
import { OperatorError } from "@/lib/operator-error";
import { connect } from "./client";
import { applyMigrations, readMigrations } from "./migrations";
import type { RawSql } from "./raw-sql";
import { parseRows } from "./rows";
import { applySqlFunctions, staleSqlFunctions } from "./sql-functions";

/**
 * The running app that lends this process its embedded database migrated it
 * when it started; the schema engine is not run through its socket. Applies
 * nothing; refuses when this checkout has migrations the app has not applied.
 */
async function checkOwnerMigrated(sql: RawSql): Promise<string[]> {
  const rows = await sql.query("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL");
  const applied = new Set(parseRows(z.object({ name: z.string() }), rows).map((row) => row.name));
  const missing = (await readMigrations()).migrationDirectories.map((d) => d.path).filter((name) => !applied.has(name));
  missing.push(...(await staleSqlFunctions(sql)).map((file) => `prisma/sql/${file}`));
  if (missing.length) {
    throw new OperatorError(
      `The running app has not applied ${missing.join(", ")}. Restart it (npm start migrates), then run this again.`,
    );
  }
  return [];
}

/**
 * Brings this process' database up to date: the migrations, then the SQL
 * functions of prisma/sql that changed (sql-functions.ts). Returns what it
 * applied: migration names and "prisma/sql/<file>".
 */
export async function migrate(): Promise<string[]> {
  const { adapter } = await connect();
  if (adapter.borrowed) return checkOwnerMigrated(adapter.sql);
  const migrations = await applyPendingMigrations();
  const functions = await applySqlFunctions(adapter.sql);
  return [...migrations, ...functions.map((file) => `prisma/sql/${file}`)];
}

/**
 * On PostgreSQL the engine gets a pool of its own: it holds a session-level
 * advisory lock while migrating, and a pooled connection shared with the
 * client could keep that lock and stall the next run.
 */
async function applyPendingMigrations(): Promise<string[]> {
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
