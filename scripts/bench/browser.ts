// What a person sees in Chromium: the leads page's Largest Contentful Paint
// on a fresh navigation, and the interaction-to-next-paint of a filter change
// (open the Source menu, tick its first option), both read from the page's
// own PerformanceObserver. Each sample is a new page in one signed-in context.
import { chromium } from "@playwright/test";
import { chromiumExecutable, systemChromiumArgs } from "@/e2e/support/browser";
import { percentile } from "./stats";

export interface BrowserFigure {
  samples: number;
  lcpMs: { p50: number; p75: number; max: number };
  inpMs: { p50: number; p75: number; max: number };
}

const spread = (values: number[]) => ({
  p50: percentile(values, 50),
  p75: percentile(values, 75),
  max: Math.max(...values),
});

// Runs in the page: the last LCP candidate so far.
const readLcp = () =>
  new Promise<number>((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({
      type: "largest-contentful-paint",
      buffered: true,
    });
  });

// Runs in the page: keeps the longest event duration of any interaction (what INP reports for one interaction).
const watchInteractions = () => {
  const w = window as unknown as { longestInteraction: number };
  w.longestInteraction = 0;
  new PerformanceObserver((list) => {
    // interactionId is newer than TypeScript's DOM types.
    for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
      if (entry.interactionId) w.longestInteraction = Math.max(w.longestInteraction, entry.duration);
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
};

export async function benchBrowser(base: string, cookie: string, samples: number): Promise<BrowserFigure> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch(executablePath ? { executablePath, args: systemChromiumArgs } : {});
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const host = new URL(base).hostname;
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const eq = pair.indexOf("=");
        return { name: pair.slice(0, eq), value: pair.slice(eq + 1), domain: host, path: "/" };
      }),
    );
    const lcp: number[] = [];
    const inp: number[] = [];
    for (let i = 0; i < samples + 1; i++) {
      const page = await context.newPage();
      await page.goto(`${base}/leads`, { waitUntil: "load" });
      const paint = await page.evaluate(readLcp);
      await page.evaluate(watchInteractions);
      // A filter change as a person makes it; the interaction ends at the next paint.
      await page.getByRole("search").getByText("Source", { exact: true }).click();
      await page.getByRole("group", { name: "Source filter" }).getByRole("checkbox").first().check();
      await page.waitForURL(/source=/);
      await page.waitForTimeout(300);
      const interaction = await page.evaluate(
        () => (window as unknown as { longestInteraction: number }).longestInteraction,
      );
      await page.close();
      // The first sample warms the server and the browser's caches: not counted.
      if (i === 0) continue;
      lcp.push(paint);
      inp.push(interaction);
    }
    return { samples, lcpMs: spread(lcp), inpMs: spread(inp) };
  } finally {
    await browser.close();
  }
}
