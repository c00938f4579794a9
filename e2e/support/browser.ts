// Picks the Chromium the end-to-end suite drives: PLAYWRIGHT_CHROMIUM_PATH if
// set, else Playwright's own build where it is installed, else the system's
// (Debian's /usr/bin/chromium). With none, fail with how to get one.
import fs from "node:fs";
import { chromium } from "@playwright/test";

const systemCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function chromiumExecutable(): string | undefined {
  const explicit = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (explicit) {
    if (!fs.existsSync(explicit)) throw new Error(`PLAYWRIGHT_CHROMIUM_PATH=${explicit} does not exist.`);
    return explicit;
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && fs.existsSync(bundled)) return undefined; // Playwright's default
  const system = systemCandidates.find((p) => fs.existsSync(p));
  if (system) return system;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one with `npx playwright install chromium`, " +
      "or on Debian/Ubuntu `sudo apt-get install chromium`, or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium binary.",
  );
}

/** Flags that keep a system Chromium from reaching for the network or a sandbox it cannot have as root. */
export const systemChromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
