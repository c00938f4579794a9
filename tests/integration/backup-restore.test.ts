// npm run db:backup / db:restore, spawned as a user runs them, round-trip a
// populated database table by table: the embedded one in the pglite project
// (PGlite's data-folder dump), PostgreSQL in the postgres project (pg_dump -Fc
// and pg_restore into a fresh database). Plus every refusal.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase, onServer } from "@/lib/db/server-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, disconnect, getSql, type DatabaseConfig } from "@/lib/db";
import { openAdapter } from "@/lib/db/adapter";
import { migrate } from "@/lib/db/migrate";
import type { SqlQuery } from "@/lib/db/raw-sql";
import { populateDatabase } from "@/tests/support/populate-database";

const onPostgres = Boolean(process.env.DATABASE_URL); // set by setup-postgres.ts
const timeout = 180_000;

/** Every table's rows as JSON text, in a stable order. */
async function allRows(query: SqlQuery): Promise<Record<string, unknown[]>> {
  const tables = await (query(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  ) as Promise<{ name: string }[]>);
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    const [row] = await (query(
      `SELECT coalesce(json_agg(t ORDER BY t::text), '[]')::text AS rows FROM "${name}" t`,
    ) as Promise<{ rows: string }[]>);
    out[name] = JSON.parse(row!.rows);
  }
  return out;
}

async function rowsAt(config: DatabaseConfig) {
  const adapter = await openAdapter(config);
  try {
    return await allRows(adapter.sql.query);
  } finally {
    await adapter.close();
  }
}

function npmRun(script: string, args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** npmRun without blocking this process, which must answer the script through its socket meanwhile. */
async function npmRunBeside(script: string, args: string[], env: Record<string, string | undefined>) {
  const { runToEnd } = await import("@/tests/hardening/support/run-process");
  const result = await runToEnd("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, ...env } });
  return { status: result.code, out: result.out };
}

function expectFilled(rows: Record<string, unknown[]>) {
  for (const table of [
    "users",
    "webhook_keys",
    "receipts",
    "leads",
    "lead_activities",
    "destinations",
    "deliveries",
    "delivery_attempts",
    "_prisma_migrations",
  ]) {
    expect(rows[table]?.length, table).toBeGreaterThan(0);
  }
  expect((rows.leads as { duplicateOfId: string | null }[]).some((l) => l.duplicateOfId)).toBe(true);
}

describe.skipIf(onPostgres)("embedded database backup and restore", () => {
  let dir: string;
  let dataDir: string;
  let before: Record<string, unknown[]>;
  const embedded = (folder: string) => ({ DATABASE_URL: undefined, DATA_DIR: folder });
  const pglite = (folder: string): DatabaseConfig => ({ kind: "pglite", dataDir: folder });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-backup-"));
    dataDir = path.join(dir, "data");
    await disconnect();
    process.env.DATA_DIR = dataDir;
    await migrate();
    await populateDatabase();
    before = await allRows((await getSql()).query);
    expectFilled(before);
  }, timeout);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(
    "backs up through the process that holds the database, and refuses to restore over it",
    async () => {
      await connect(); // this process holds the lock and serves the database, as a running server does
      const held = await npmRunBeside("db:backup", ["--out", path.join(dir, "held.tar.gz")], embedded(dataDir));
      expect(held.status, held.out).toBe(0);
      expect(fs.statSync(path.join(dir, "held.tar.gz")).size).toBeGreaterThan(100_000);
      const restore = await npmRunBeside(
        "db:restore",
        ["--from", path.join(dir, "held.tar.gz"), "--force"],
        embedded(dataDir),
      );
      expect(restore.status).toBe(1);
      expect(restore.out).toContain(`in use by process ${process.pid}`);
      await disconnect();
    },
    timeout,
  );

  it(
    "round-trips every table through a backup into an empty folder",
    async () => {
      const archive = path.join(dir, "backup.tar.gz");
      const backup = npmRun("db:backup", ["--out", archive], embedded(dataDir));
      expect(backup.out).toMatch(/Backed up embedded PGlite .* leads \d+/);
      expect(backup.status).toBe(0);
      expect(npmRun("db:backup", ["--out", archive], embedded(dataDir)).out).toContain("already exists");

      const target = path.join(dir, "restored");
      const restore = npmRun("db:restore", ["--from", archive], embedded(target));
      expect(restore.out).toContain("Restored");
      expect(restore.status).toBe(0);
      expect(fs.existsSync(path.join(target, "leaddesk.lock"))).toBe(false);
      expect(await rowsAt(pglite(target))).toEqual(before);
    },
    timeout,
  );

  it(
    "refuses to restore over a database with data unless --force, then keeps the old one aside",
    async () => {
      const archive = path.join(dir, "backup.tar.gz");
      const target = path.join(dir, "restored");
      // Change the target so a restore is visible.
      const adapter = await openAdapter(pglite(target));
      await adapter.sql.query(`DELETE FROM lead_activities`);
      await adapter.close();

      const refused = npmRun("db:restore", ["--from", archive], embedded(target));
      expect(refused.status).toBe(1);
      expect(refused.out).toMatch(/is not empty \(.*leads \d+.*\)\. Pass --force/);
      expect((await rowsAt(pglite(target))).lead_activities).toEqual([]);

      const forced = npmRun("db:restore", ["--from", archive, "--force"], embedded(target));
      expect(forced.status).toBe(0);
      const aside = /kept in (\S+) /.exec(forced.out)?.[1];
      expect(aside && fs.existsSync(path.join(aside, "PG_VERSION"))).toBe(true);
      expect(await rowsAt(pglite(target))).toEqual(before);
      expect((await rowsAt(pglite(aside!))).lead_activities).toEqual([]);
    },
    timeout,
  );

  it(
    "verifies the archive before touching anything",
    async () => {
      const good = fs.readFileSync(path.join(dir, "backup.tar.gz"));
      const cases = {
        "not-gzip.tar.gz": Buffer.from("hello, not an archive"),
        "truncated.tar.gz": good.subarray(0, Math.floor(good.length / 2)),
        "garbage.tar.gz": Buffer.concat([Buffer.from([0x1f, 0x8b]), randomBytes(4096)]),
      };
      for (const [name, bytes] of Object.entries(cases)) {
        fs.writeFileSync(path.join(dir, name), bytes);
        const target = path.join(dir, `target-${name}`);
        const result = npmRun("db:restore", ["--from", path.join(dir, name)], embedded(target));
        expect(result.status, name).toBe(1);
        expect(result.out, name).toMatch(/not a gzip archive|could not be opened|not a Lead desk one/);
        expect(result.out, name).toContain("Nothing was changed");
        expect(fs.existsSync(path.join(target, "PG_VERSION")), name).toBe(false);
        expect(
          fs.readdirSync(dir).filter((f) => f.includes(".restoring-")),
          name,
        ).toEqual([]);
      }
      expect(
        npmRun("db:restore", ["--from", path.join(dir, "missing.tar.gz")], embedded(path.join(dir, "x"))).out,
      ).toContain("does not exist");
      expect(npmRun("db:restore", [], embedded(path.join(dir, "x"))).out).toContain("Usage: npm run db:restore");
    },
    timeout,
  );
});

describe.skipIf(!onPostgres)("PostgreSQL backup and restore (pg_dump -Fc / pg_restore)", () => {
  const server = process.env.TEST_DATABASE_URL!;
  const copyName = `leaddesk_restore_${randomBytes(6).toString("hex")}`;
  let copyUrl: string;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-pgbackup-"));
    const url = new URL(server);
    url.pathname = `/${copyName}`;
    copyUrl = url.toString();
    await onServer(server, `CREATE DATABASE "${copyName}"`);
  });
  afterAll(async () => {
    await dropDatabase(server, copyName);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    "round-trips every table into a fresh database, and refuses a non-empty one without --force",
    async () => {
      await populateDatabase();
      const before = await allRows((await getSql()).query);
      expectFilled(before);

      const archive = path.join(dir, "leaddesk.dump");
      const backup = npmRun("db:backup", ["--out", archive], { DATABASE_URL: process.env.DATABASE_URL });
      expect(backup.out).toMatch(/Backed up PostgreSQL at .* leads \d+/);
      expect(backup.status).toBe(0);

      const restore = npmRun("db:restore", ["--from", archive], { DATABASE_URL: copyUrl });
      expect(restore.out).toContain("Restored");
      expect(restore.status).toBe(0);
      const copy: DatabaseConfig = { kind: "postgres", url: copyUrl, poolSize: 1 };
      expect(await rowsAt(copy)).toEqual(before);

      const refused = npmRun("db:restore", ["--from", archive], { DATABASE_URL: copyUrl });
      expect(refused.status).toBe(1);
      expect(refused.out).toMatch(/already has Lead desk tables.*--force/s);

      const adapter = await openAdapter(copy);
      await adapter.sql.query("DELETE FROM lead_activities");
      await adapter.close();
      const forced = npmRun("db:restore", ["--from", archive, "--force"], { DATABASE_URL: copyUrl });
      expect(forced.status).toBe(0);
      expect(await rowsAt(copy)).toEqual(before);

      fs.writeFileSync(path.join(dir, "junk.dump"), randomBytes(2048));
      const junk = npmRun("db:restore", ["--from", path.join(dir, "junk.dump"), "--force"], { DATABASE_URL: copyUrl });
      expect(junk.status).toBe(1);
      expect(junk.out).toContain("is not a pg_dump --format=custom archive");
      expect(await rowsAt(copy)).toEqual(before);
    },
    timeout,
  );
});
