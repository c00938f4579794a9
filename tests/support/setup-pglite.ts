// Each integration test file runs on its own in-memory PGlite, migrated fresh.
import { afterAll, beforeAll } from "vitest";
import { disconnect } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";

delete process.env.DATABASE_URL;
process.env.DATA_DIR = "memory://";

beforeAll(async () => {
  await migrate();
});
afterAll(async () => {
  await disconnect();
});
