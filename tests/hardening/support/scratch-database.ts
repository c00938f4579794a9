// A database of a hardening test's own, for a production server under test
// and for this process to inspect: a fresh PostgreSQL database on the server
// TEST_DATABASE_URL names, or a PGlite folder in the temp directory. Each comes
// with its own AUTH_SECRET and ENCRYPTION_KEY, shared by the server and this process.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { connect, disconnect } from "@/lib/db";
import { dropDatabase, onServer } from "@/lib/db/server-admin";
import { applyEnv } from "@/lib/env";

export type DbKind = "postgres" | "pglite";

export interface ScratchDatabase {
  kind: DbKind;
  describe: string;
  /** Database and secrets, for the server's environment. */
  env: Record<string, string | undefined>;
  /** Runs fn with this process connected to the database, then lets go of it (PGlite: only while no server runs). */
  use<T>(fn: () => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

export async function createScratchDatabase(kind: DbKind, label: string): Promise<ScratchDatabase> {
  const secrets = { AUTH_SECRET: randomBytes(32).toString("hex"), ENCRYPTION_KEY: randomBytes(32).toString("hex") };
  let env: ScratchDatabase["env"];
  let describe: string;
  let remove: () => Promise<void>;
  if (kind === "postgres") {
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) throw new Error("TEST_DATABASE_URL is not set.");
    const name = `leaddesk_${label}_${randomBytes(4).toString("hex")}`;
    const url = new URL(admin);
    url.pathname = `/${name}`;
    await onServer(admin, `CREATE DATABASE "${name}"`);
    env = { ...secrets, DATABASE_URL: url.toString(), DATA_DIR: undefined };
    describe = `PostgreSQL ${url.host}/${name}`;
    remove = () => dropDatabase(admin, name);
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `leaddesk-${label}-`));
    env = { ...secrets, DATABASE_URL: undefined, DATA_DIR: dir };
    describe = `PGlite ${dir}`;
    remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  return {
    kind,
    describe,
    env,
    async use(fn) {
      applyEnv(env);
      await connect();
      try {
        return await fn();
      } finally {
        await disconnect();
      }
    },
    drop: async () => {
      await disconnect();
      await remove();
    },
  };
}
