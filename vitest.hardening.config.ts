// The hardening suite's Node side (tests/hardening): fuzzing over HTTP, crash
// safety, load held, backup and restore — against the production build, one
// file at a time (each loads the machine on its own). The browser-side checks
// (authorisation matrix, web security) live in e2e/hardening. Run both with
// `npm run test:hardening`; `npm test` runs this as its last step.
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    name: "hardening",
    include: ["tests/hardening/**/*.test.ts"],
    globalSetup: ["tests/hardening/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 20 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
