// npm test — the whole suite, in the order a failure is cheapest to find:
// type-check, lint, unit + integration (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set), then the end-to-end suite against a production
// build in Chromium. Every step runs; the exit code is non-zero if any failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

interface Step {
  name: string;
  command: string[];
  count?: () => { passed: number; failed: number };
}

const bin = (name: string) => `node_modules/.bin/${name}`;
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));

const steps: Step[] = [
  { name: "type-check", command: [bin("tsc"), "--noEmit", "-p", "."] },
  { name: "lint", command: [bin("eslint"), "--max-warnings", "0", "."] },
  {
    name: "unit and integration",
    command: [bin("vitest"), "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest-report.json"],
    count: () => {
      const r = readJson("test-results/vitest-report.json");
      return { passed: r.numPassedTests, failed: r.numFailedTests };
    },
  },
  {
    name: "end-to-end",
    command: [bin("playwright"), "test"],
    count: () => {
      const r = readJson("test-results/e2e-report.json");
      return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
    },
  },
];

if (!process.env.TEST_DATABASE_URL) {
  console.warn("TEST_DATABASE_URL is not set: integration tests run on PGlite only (see README → Testing).");
}
fs.rmSync("test-results", { recursive: true, force: true });
let passed = 0;
let failed = 0;
const summary: string[] = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  const result = spawnSync(step.command[0]!, step.command.slice(1), { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });
  const ok = result.status === 0;
  let counted = "";
  let stepFailures = 0;
  if (step.count) {
    try {
      const c = step.count();
      passed += c.passed;
      stepFailures = c.failed;
      counted = ` (${c.passed} passed, ${c.failed} failed)`;
    } catch {
      counted = " (no report written)";
    }
  }
  // A step that failed without a failing test (type error, lint, crash) counts as one failure.
  failed += ok ? stepFailures : Math.max(1, stepFailures);
  summary.push(`${ok ? "ok  " : "FAIL"} ${step.name}${counted} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
console.log(`\n━━ summary ━━\n${summary.join("\n")}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(summary.some((line) => line.startsWith("FAIL")) ? 1 : 0);
