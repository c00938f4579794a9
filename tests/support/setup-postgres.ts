// Each integration test file runs on its own freshly created PostgreSQL
// database (CREATE DATABASE on the server TEST_DATABASE_URL names), dropped
// afterwards, so files run in parallel without seeing each other's rows.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { disconnect } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { dropDatabase, onServer } from "@/lib/db/server-admin";

const admin = process.env.TEST_DATABASE_URL!;
const name = `leaddesk_test_${randomBytes(6).toString("hex")}`;
const url = new URL(admin);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.DATABASE_POOL_SIZE = "5";
// Required on PostgreSQL by the configuration check every script runs (lib/config/auth-secret.ts).
process.env.AUTH_SECRET ||= randomBytes(32).toString("hex");

beforeAll(async () => {
  await onServer(admin, `CREATE DATABASE "${name}"`);
  await migrate();
});
afterAll(async () => {
  await disconnect();
  // A leftover scratch database is harmless; failing the file on it is not.
  await dropDatabase(admin, name).catch((error: unknown) =>
    console.warn(`Could not drop the test database ${name}: ${(error as Error).message}`),
  );
});
