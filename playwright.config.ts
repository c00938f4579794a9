// End-to-end suite: a production build served on a fresh embedded database
// (e2e/serve.ts seeds the users the tests sign in as), driven in Chromium.
import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable, systemChromiumArgs } from "./e2e/support/browser";
import { e2ePort } from "./e2e/support/accounts";

const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL: `http://localhost:${e2ePort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: executablePath ? { executablePath, args: systemChromiumArgs } : {},
  },
  webServer: {
    command: "npx tsx e2e/serve.ts",
    url: `http://localhost:${e2ePort}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
