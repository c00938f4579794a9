// Where a benchmark run keeps its data: a PostgreSQL database of its own on
// the server DATABASE_URL names (leaddesk_bench_<size>), or a PGlite folder in
// the system's temp directory. Seeding starts both from scratch.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase, onServer } from "@/lib/db/server-admin";
import { sizeLabel, type BenchOptions } from "./options";

export interface BenchDatabase {
  /** Environment for this process and the servers it starts. */
  env: Record<string, string | undefined>;
  describe: string;
  /** Empties the database (seeding starts from scratch). */
  recreate(): Promise<void>;
  exists(): Promise<boolean>;
}

export function benchDatabase(options: BenchOptions, env = process.env): BenchDatabase {
  const name = `leaddesk_bench_${sizeLabel(options.size)}`;
  if (options.db === "postgres") {
    const admin = env.DATABASE_URL!;
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString(), DATA_DIR: undefined },
      describe: `PostgreSQL ${url.hostname}:${url.port || 5432}/${name}`,
      async recreate() {
        await dropDatabase(admin, name);
        await onServer(admin, `CREATE DATABASE "${name}"`);
      },
      exists: async () => (await onServer(admin, `SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rowCount === 1,
    };
  }
  const dir = path.join(os.tmpdir(), name.replace("leaddesk_bench", "leaddesk-bench-pglite"));
  return {
    env: { DATABASE_URL: undefined, DATA_DIR: dir },
    describe: `PGlite ${dir}`,
    async recreate() {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
    },
    exists: async () => fs.existsSync(path.join(dir, "PG_VERSION")),
  };
}
