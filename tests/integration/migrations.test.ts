import { describe, expect, it } from "vitest";
import { connect, getDb, getSql } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { readMigrations } from "@/lib/db/migrations";
import { readSqlFunctions } from "@/lib/db/sql-functions";

describe("migrations", () => {
  it("applied every migration in the folder from an empty database", async () => {
    const db = await getDb();
    const { migrationDirectories } = await readMigrations();
    const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(migrationDirectories.map((m) => m.path));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("is idempotent: a second run applies nothing and keeps the data", async () => {
    const db = await getDb();
    await db.user.create({ data: { email: "keep@example.com" } });
    expect(await migrate()).toEqual([]);
    expect(await db.user.count({ where: { email: "keep@example.com" } })).toBe(1);
  });

  it("created the tables the client expects", async () => {
    const db = await getDb();
    const user = await db.user.create({ data: { email: "shape@example.com", name: "Ünïcode Näme" } });
    expect(user.role).toBe("SALES");
    expect(user.active).toBe(true);
  });

  // The adapters' executeScript (whole-scripts.ts): what the schema engine runs each migration with.
  it("runs a migration script whole: semicolons inside a function body are kept", async () => {
    const script = await (await connect()).adapter.factory.connect();
    await script.executeScript(`-- a comment; with a semicolon
      CREATE FUNCTION migration_probe() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 41 + 1; END $$;
      CREATE TABLE migration_probe_table (a int);`);
    const sql = await getSql();
    expect(await sql.query("SELECT migration_probe() AS v")).toEqual([{ v: 42 }]);
  });

  it("fails a failing script and leaves nothing of it applied", async () => {
    const script = await (await connect()).adapter.factory.connect();
    await expect(
      script.executeScript("CREATE TABLE migration_half_done (a int); SELECT no_such_column FROM migration_half_done;"),
    ).rejects.toThrow("ColumnNotFound");
    const sql = await getSql();
    expect(await sql.query("SELECT to_regclass('migration_half_done') IS NULL AS gone")).toEqual([{ gone: true }]);
  });

  // prisma/sql: functions owned like code, re-applied when their file changed (lib/db/sql-functions.ts).
  describe("SQL functions", () => {
    const comment = async (name: string) => {
      const sql = await getSql();
      const rows = await sql.query("SELECT obj_description(oid, 'pg_proc') AS stamp FROM pg_proc WHERE proname = $1", [
        name,
      ]);
      return rows[0]?.stamp;
    };

    it("applied each file after the migrations, stamped with its hash", async () => {
      const files = await readSqlFunctions();
      expect(files.map((f) => f.file)).toContain("store_leads.sql");
      for (const fn of files) expect(await comment(fn.name)).toBe(fn.stamp);
      const [body] = await (
        await getSql()
      ).query("SELECT prosrc AS src FROM pg_proc WHERE proname = 'leaddesk_store_leads'");
      const file = files.find((f) => f.file === "store_leads.sql")!.text;
      expect(file).toContain(String(body!.src).trim());
    });

    it("re-applies a function whose definition differs from its file, and only then", async () => {
      const sql = await getSql();
      await sql.query("COMMENT ON FUNCTION leaddesk_store_leads IS 'an older version'");
      expect(await migrate()).toEqual(["prisma/sql/store_leads.sql"]);
      expect(await comment("leaddesk_store_leads")).toMatch(/^prisma\/sql\/store_leads\.sql sha256:[0-9a-f]{64}$/);
      expect(await migrate()).toEqual([]);
    });

    it("creates a function a migration dropped", async () => {
      const sql = await getSql();
      await sql.query("DROP FUNCTION leaddesk_store_leads(jsonb)");
      expect(await migrate()).toEqual(["prisma/sql/store_leads.sql"]);
      expect(await sql.query("SELECT * FROM leaddesk_store_leads('[]'::jsonb)")).toEqual([]);
    });
  });
});
