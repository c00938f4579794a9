// SQL functions owned like code: each prisma/sql/*.sql file is one
// CREATE OR REPLACE FUNCTION statement, re-applied after the migrations when
// its content changed. The file's hash is kept in the function's comment, so a
// function a migration dropped (or never created) is applied again too.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { prismaDir } from "./migrations";
import { z } from "zod";
import type { RawSql, SqlQuery } from "./raw-sql";
import { parseRows } from "./rows";

export const sqlFunctionsDir = path.join(prismaDir, "sql");

export interface SqlFunctionFile {
  /** "store_leads.sql" */
  file: string;
  /** The function it defines: "leaddesk_store_leads". */
  name: string;
  text: string;
  /** What the function's comment says once this text is applied. */
  stamp: string;
}

const definition = /^\s*(?:--[^\n]*\n\s*)*CREATE OR REPLACE FUNCTION\s+([a-z_][a-z0-9_]*)\s*\(/i;

export async function readSqlFunctions(dir = sqlFunctionsDir): Promise<SqlFunctionFile[]> {
  // turbopackIgnore: a directory the build cannot resolve made it trace (copy into
  // .next/standalone) the whole project; the files ship with prisma/ instead.
  const names = (await fs.readdir(/*turbopackIgnore: true*/ dir)).filter((f) => f.endsWith(".sql")).sort();
  return Promise.all(
    names.map(async (file) => {
      const text = await fs.readFile(/*turbopackIgnore: true*/ path.join(dir, file), "utf8");
      const name = definition.exec(text)?.[1]?.toLowerCase();
      if (!name) throw new Error(`prisma/sql/${file} must be one CREATE OR REPLACE FUNCTION statement.`);
      const hash = createHash("sha256").update(text).digest("hex");
      return { file, name, text, stamp: `prisma/sql/${file} sha256:${hash}` };
    }),
  );
}

async function currentStamp(query: SqlQuery, name: string): Promise<string | null> {
  const rows = await query(
    `SELECT obj_description(p.oid, 'pg_proc') AS stamp FROM pg_proc p
     WHERE p.proname = $1 AND p.pronamespace = current_schema()::regnamespace`,
    [name],
  );
  return parseRows(z.object({ stamp: z.string().nullable() }), rows)[0]?.stamp ?? null;
}

/** The files whose function is missing or older than the file. */
export async function staleSqlFunctions(sql: RawSql): Promise<string[]> {
  const stale = [];
  for (const fn of await readSqlFunctions()) {
    if ((await currentStamp(sql.query, fn.name)) !== fn.stamp) stale.push(fn.file);
  }
  return stale;
}

/**
 * Applies every file whose function is missing or differs; returns the files
 * applied. Under a transaction-scoped advisory lock, so instances starting
 * together on one PostgreSQL apply each change once.
 */
export async function applySqlFunctions(sql: RawSql): Promise<string[]> {
  const files = await readSqlFunctions();
  return sql.transaction(async (query) => {
    await query("SELECT pg_advisory_xact_lock(hashtextextended('leaddesk_sql_functions', 0))");
    const applied = [];
    for (const fn of files) {
      if ((await currentStamp(query, fn.name)) === fn.stamp) continue;
      await query(fn.text);
      // Not a parameter: COMMENT takes a literal. The stamp is a path and a hex digest.
      await query(`COMMENT ON FUNCTION ${fn.name} IS '${fn.stamp.replaceAll("'", "''")}'`);
      applied.push(fn.file);
    }
    return applied;
  });
}
