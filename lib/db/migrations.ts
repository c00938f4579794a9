// Applies prisma/migrations with Prisma's official WebAssembly schema engine,
// so migrations need nothing but npm packages. The result is what
// `prisma migrate deploy` produces, including the _prisma_migrations table.
import fs from "node:fs/promises";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { loadSchemaEngine } from "./schema-engine";

export const prismaDir = path.resolve(process.env.LEADDESK_ROOT ?? process.cwd(), "prisma");
const migrationsDir = path.join(prismaDir, "migrations");
const schemaPath = path.join(prismaDir, "schema.prisma");
const noFilters = { externalTables: [], externalEnums: [] };

export async function readMigrations(): Promise<MigrationList> {
  const lockContent = await fs.readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const content = await fs
      .readFile(path.join(migrationsDir, entry.name, "migration.sql"), "utf8")
      .then((value) => ({ tag: "ok" as const, value }))
      .catch((error: Error) => ({ tag: "error" as const, value: error.message }));
    migrationDirectories.push({ path: entry.name, migrationFile: { path: "migration.sql", content } });
  }
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine, schema: string) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  const schema = await fs.readFile(schemaPath, "utf8");
  const log = (line: string) => {
    if (process.env.LEADDESK_DEBUG_MIGRATIONS) console.error(line);
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine, schema);
  } finally {
    engine.free();
  }
}

/** Applies every migration not yet applied; returns the names it applied. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const migrationsList = await readMigrations();
  return withEngine(factory, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/**
 * Indexes the migrations define beyond what Prisma's schema can say: the
 * schema names their keys (the sorts' indexes), the migrations add INCLUDE
 * columns (sort_indexes_cover_filters); or the schema cannot name them at all,
 * being partial (sla_and_failing_delivery_indexes, open_clocks_index). The diff
 * would build the first again without their INCLUDE columns and drop the
 * others, so it leaves them alone; change them in a migration written by hand.
 */
const indexesDefinedInMigrations = [
  "leads_lastName_firstName_id_idx",
  "leads_company_id_idx",
  "leads_dueAt_receivedAt_id_idx",
  "leads_responseMet_receivedAt_idx",
  "leads_open_clocks_idx",
  "deliveries_failing_leadId_idx",
];

/** The diff's statements (each a comment line and a statement, a blank line apart) but those on such an index. */
export function withoutMigrationDefinedIndexes(sql: string): string {
  const touches = (block: string) => indexesDefinedInMigrations.some((name) => block.includes(`INDEX "${name}"`));
  return sql
    .split(/\n{2,}/)
    .filter((block) => !touches(block))
    .join("\n\n");
}

/**
 * The SQL that takes a database from the state the migrations folder produces
 * to the state schema.prisma describes ("" when they agree). The diff is
 * computed by the engine itself, without a shadow database.
 */
export async function pendingSchemaSql(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const migrationsList = await readMigrations();
  return withEngine(factory, async (engine, schema) => {
    const result = await engine.diff({
      // With no migrations yet there is no lock file to name the connector.
      from: migrationsList.migrationDirectories.length ? { tag: "migrations", ...migrationsList } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return withoutMigrationDefinedIndexes(result.stdout ?? "");
  });
}

export async function writeMigration(name: string, sql: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "") || "migration";
  const dir = path.join(migrationsDir, `${stamp}_${slug}`);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, "migration.sql"), sql);
  await fs.writeFile(
    path.join(migrationsDir, "migration_lock.toml"),
    "# Please do not edit this file manually\n" +
      "# It should be added in your version-control system (e.g., Git)\n" +
      'provider = "postgresql"\n',
  );
  return dir;
}
