// Runs test commands one after another, every one even after a failure,
// counting passed and failed tests from each runner's JSON report, and prints
// the summary `npm test` and `npm run test:hardening` end with.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

export interface Step {
  name: string;
  command: string[];
  count?: () => { passed: number; failed: number };
}

export const bin = (name: string) => `node_modules/.bin/${name}`;
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));

export const vitestStep = (name: string, report: string, args: string[] = []): Step => ({
  name,
  command: [bin("vitest"), "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
  count: () => {
    const r = readJson(report);
    return { passed: r.numPassedTests, failed: r.numFailedTests };
  },
});

export const playwrightStep = (name: string, args: string[] = []): Step => ({
  name,
  command: [bin("playwright"), "test", ...args],
  count: () => {
    const r = readJson("test-results/e2e-report.json");
    return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
  },
});

/** Runs every step; returns true when all passed. */
export function runSteps(steps: Step[]): boolean {
  let passed = 0;
  let failed = 0;
  const summary: string[] = [];
  for (const step of steps) {
    console.log(`\n━━ ${step.name} ━━`);
    const started = Date.now();
    const result = spawnSync(step.command[0]!, step.command.slice(1), {
      stdio: "inherit",
      env: { ...process.env, FORCE_COLOR: "0" },
    });
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
  return !summary.some((line) => line.startsWith("FAIL"));
}
