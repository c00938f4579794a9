// Each integration test file runs on its own freshly created PostgreSQL
// database (CREATE DATABASE on the server TEST_DATABASE_URL names), dropped
// afterwards, so files run in parallel without seeing each other's rows.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { disconnect } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";

const admin = process.env.TEST_DATABASE_URL!;
const name = `leaddesk_test_${randomBytes(6).toString("hex")}`;
const url = new URL(admin);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.DATABASE_POOL_SIZE = "5";

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await onServer(`CREATE DATABASE "${name}"`);
  await migrate();
});
// A background query of the file's last test (a facet recount, a parallel
// worker, autovacuum) may still hold the database for a moment, and a
// non-superuser may not terminate every kind: retry, then leave it with a warning
// (a leftover scratch database is harmless; failing the file on it is not).
async function dropDatabase() {
  for (let attempt = 1; ; attempt++) {
    try {
      return await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } catch (error) {
      if (attempt === 10) return console.warn(`Could not drop the test database ${name}: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

afterAll(async () => {
  await disconnect();
  await dropDatabase();
});
