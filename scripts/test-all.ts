// npm test — the whole suite, in the order a failure is cheapest to find:
// type-check, lint, format (Prettier) and line length, unit + integration (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set), the end-to-end suite against a production build
// in Chromium (including e2e/hardening), then the hardening suite's Node side
// (tests/hardening). Every step runs; the exit code is non-zero if any failed.
import fs from "node:fs";
import { printFigures } from "../tests/support/hardening-figures";
import { bin, playwrightStep, runSteps, vitestStep } from "./lib/test-steps";

if (!process.env.TEST_DATABASE_URL) {
  console.warn("TEST_DATABASE_URL is not set: integration tests run on PGlite only (see README → Testing).");
}
fs.rmSync("test-results", { recursive: true, force: true });
const ok = runSteps([
  { name: "type-check", command: [bin("tsc"), "--noEmit", "-p", "."] },
  { name: "lint", command: [bin("eslint"), "--max-warnings", "0", "."] },
  { name: "format", command: [bin("prettier"), "--check", "--log-level", "warn", "."] },
  { name: "line length", command: [bin("tsx"), "scripts/check-line-length.ts"] },
  vitestStep("unit and integration", "test-results/vitest-report.json"),
  playwrightStep("end-to-end"),
  vitestStep("hardening", "test-results/hardening-report.json", ["--config", "vitest.hardening.config.ts"]),
]);
printFigures();
process.exit(ok ? 0 : 1);
