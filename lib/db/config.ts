// Which database this process talks to, decided once from the environment.
//
//   DATABASE_URL unset            → embedded PGlite in DATA_DIR (default ./data;
//                                   "memory://" keeps it in memory, for tests)
//   postgres:// or postgresql://  → a real PostgreSQL through a connection pool
//   anything else                 → a ConfigError naming the variable and the forms
import path from "node:path";
import type { Env } from "@/lib/env";
import { OperatorError } from "@/lib/operator-error";

export type DatabaseConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string; poolSize: number };

export class ConfigError extends OperatorError {
  override name = "ConfigError";
}

export function dataDir(env: Env = process.env): string {
  const dir = env.DATA_DIR?.trim() || "./data";
  // The data folder is chosen at run time; tell the bundler not to trace it.
  return dir.startsWith("memory://") ? dir : path.resolve(/*turbopackIgnore: true*/ dir);
}

export function databaseConfig(env: Env = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: "pglite", dataDir: dataDir(env) };
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const poolSize = Number(env.DATABASE_POOL_SIZE ?? 10);
    if (!Number.isInteger(poolSize) || poolSize < 1) {
      throw new ConfigError("DATABASE_POOL_SIZE must be a positive whole number.");
    }
    return { kind: "postgres", url, poolSize };
  }
  throw new ConfigError(
    "DATABASE_URL is not a PostgreSQL URL. Leave DATABASE_URL unset to use the embedded " +
      "database in DATA_DIR, or set it to postgres://user:password@host:5432/dbname " +
      "(postgresql:// works too).",
  );
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `embedded PGlite at ${config.dataDir}`;
  const u = new URL(config.url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}
