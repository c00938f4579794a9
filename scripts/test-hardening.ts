// npm run test:hardening — the evidence suite on its own: the authorisation
// matrix and web-security checks in Chromium (e2e/hardening), then fuzzing,
// crash safety, load held and backup/restore (tests/hardening), and the
// figures they recorded.
import fs from "node:fs";
import { printFigures } from "../tests/support/hardening-figures";
import { playwrightStep, runSteps, vitestStep } from "./lib/test-steps";

fs.rmSync("test-results", { recursive: true, force: true });
const ok = runSteps([
  playwrightStep("hardening in the browser", ["e2e/hardening"]),
  vitestStep("hardening", "test-results/hardening-report.json", ["--config", "vitest.hardening.config.ts"]),
]);
printFigures();
process.exit(ok ? 0 : 1);
