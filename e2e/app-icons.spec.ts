// The icons and web manifest every page links to are served (a missing
// favicon used to show as a 404 in every page's console).
import { expect, test } from "@playwright/test";

test("every icon and the manifest a page links to are served, with no failed request", async ({ page, request }) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto("/login");
  await page.waitForLoadState("networkidle");

  const links = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
    .evaluateAll((els) => els.map((el) => ({ rel: el.getAttribute("rel"), href: el.getAttribute("href") ?? "" })));
  expect(links.map((l) => `${l.rel} ${l.href.replace(/\?.*$/, "")}`).sort()).toEqual([
    "apple-touch-icon /apple-touch-icon.png",
    "icon /favicon.ico",
    "icon /icon.svg",
    "manifest /manifest.webmanifest",
  ]);

  const types: Record<string, RegExp> = {
    ico: /image\/(x-icon|vnd\.microsoft\.icon)/,
    svg: /image\/svg\+xml/,
    png: /image\/png/,
    webmanifest: /json/,
  };
  const manifest = await request.get("/manifest.webmanifest");
  const icons = ((await manifest.json()) as { icons: { src: string }[] }).icons.map((i) => i.src);
  for (const href of [...links.map((l) => l.href), ...icons]) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toMatch(types[href.replace(/\?.*$/, "").split(".").pop()!]!);
    expect((await response.body()).length, href).toBeGreaterThan(100);
  }
  // Browsers ask for /favicon.ico on their own, whatever the page links.
  expect((await request.get("/favicon.ico")).status()).toBe(200);
  expect(failed).toEqual([]);
});
