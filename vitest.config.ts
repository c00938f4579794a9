// Three projects: pure unit tests, and the integration suite run once on an
// in-memory PGlite and once more on a real PostgreSQL when TEST_DATABASE_URL
// is set (each test file gets its own fresh database there).
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
const integration = (name: string, setupFile: string) => ({
  resolve: { alias },
  test: {
    name,
    include: ["tests/integration/**/*.test.ts"],
    setupFiles: [setupFile],
    // The webhook logs every answer; tests post thousands.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      integration("pglite", "tests/support/setup-pglite.ts"),
      ...(process.env.TEST_DATABASE_URL ? [integration("postgres", "tests/support/setup-postgres.ts")] : []),
    ],
  },
});
