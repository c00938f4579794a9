// What the browser gets: cookie flags, security headers on pages, API answers
// and assets, and a nonce-based CSP under which every page works with no
// violation and no console error.
import { expect, test, type Page } from "@playwright/test";
import { recordFigures } from "../../tests/support/hardening-figures";
import { admin, sales } from "../support/accounts";
import { adminPages, pagesFileCount, salesPages } from "../support/app-pages";
import { readPlanted } from "../support/planted";
import { signIn } from "../support/sign-in";
import { postLead, uniqueTag, webhookUrl } from "../support/webhook-key";

// Each test renders many pages for real; the shared CI machine may be slow.
test.describe.configure({ timeout: 240_000 });

// On every answer, API routes' included (the set OWASP's REST guidance lists for them).
const common = {
  "x-content-type-options": "nosniff",
  "cross-origin-resource-policy": "same-origin",
  "x-frame-options": "DENY",
};
// Only documents act on these: pages and assets get them, API answers do not.
const documents = {
  "referrer-policy": "same-origin",
  "cross-origin-opener-policy": "same-origin",
};

function expectCommonHeaders(headers: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(common)) expect(headers[name], `${name} on ${what}`).toBe(value);
  // Served over http here: HSTS would be wrong (tests/unit/http/transport-security.test.ts covers https).
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["x-powered-by"]).toBeUndefined();
}

function expectDocumentHeaders(headers: Record<string, string>, what: string) {
  expectCommonHeaders(headers, what);
  for (const [name, value] of Object.entries(documents)) expect(headers[name], `${name} on ${what}`).toBe(value);
  expect(headers["permissions-policy"], `permissions-policy on ${what}`).toMatch(
    /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
  );
}

function expectApiHeaders(headers: Record<string, string>, what: string) {
  expectCommonHeaders(headers, what);
  expect(headers["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  );
  for (const name of [...Object.keys(documents), "permissions-policy"])
    expect(headers[name], `${name} on ${what}`).toBeUndefined();
}

/** The page's policy, checked strict, and its nonce. */
function pagePolicy(csp: string | undefined): string {
  expect(csp).toBeTruthy();
  const directives = new Map(
    csp!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
  const scriptSrc = directives.get("script-src")!;
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc.join(" ")).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'self'"]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives.get("form-action")).toEqual(["'self'"]);
  const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{20,}={0,2}$/);
  return nonce!;
}

/** Console errors, uncaught errors and CSP violations a page reports while we use it. */
async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console on ${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught on ${page.url()}: ${e.message}`));
  await page.exposeFunction("reportViolation", (text: string) =>
    problems.push(`CSP violation on ${page.url()}: ${text}`),
  );
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportViolation(t: string): void }).reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"}`,
      ),
    ),
  );
  return problems;
}

let ids: { leadId: string; destinationId: string; assignmentRuleId: string };
test.beforeAll(async ({ browser, request }) => {
  const hook = await webhookUrl(browser);
  const leadId = await postLead(request, hook, {
    last: uniqueTag(),
    source: "AzureMarketplace",
    action: "Create",
    offer: "csp",
  });
  ids = { leadId, destinationId: readPlanted().destinationId, assignmentRuleId: readPlanted().assignmentRuleId };
});

test("the session cookies the browser holds are http-only and SameSite=Lax", async ({ page, context }) => {
  const setCookies: string[] = [];
  page.on("response", async (r) => {
    if (r.url().includes("/api/auth/"))
      setCookies.push(...(await r.headerValues("set-cookie")).flatMap((v) => v.split("\n")));
  });
  await signIn(page, sales);
  const cookies = await context.cookies();
  const authCookies = cookies.filter((c) => c.name.includes("next-auth"));
  expect(authCookies.map((c) => c.name).sort()).toEqual([
    "next-auth.callback-url",
    "next-auth.csrf-token",
    "next-auth.session-token",
  ]);
  for (const cookie of authCookies) {
    expect(cookie, cookie.name).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // Plain http here, so no Secure flag and no __Secure- prefix (https: tests/integration/auth-cookies.test.ts).
    expect(cookie.secure).toBe(false);
  }
  expect(setCookies.find((c) => c.startsWith("next-auth.session-token="))).toMatch(/; HttpOnly;.*SameSite=Lax/i);
  // Scripts cannot read them.
  expect(await page.evaluate(() => document.cookie)).not.toContain("next-auth");
});

test("pages, API answers and assets carry the security headers; each page gets a fresh nonce on all its scripts", async ({
  page,
  request,
}) => {
  await signIn(page, admin);
  const first = await page.request.get("/leads");
  const second = await page.request.get("/leads");
  const nonce = pagePolicy(first.headers()["content-security-policy"]);
  expect(pagePolicy(second.headers()["content-security-policy"])).not.toBe(nonce);
  expectDocumentHeaders(first.headers(), "/leads");
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const login = await request.get("/login");
  pagePolicy(login.headers()["content-security-policy"]);
  expectDocumentHeaders(login.headers(), "/login");

  for (const path of ["/api/health", "/api/auth/session", "/api/leads/export"]) {
    expectApiHeaders((await request.get(path)).headers(), path);
  }
  // The webhook, which the app's listener answers without Next (lib/http/direct-routes.mjs): the same headers.
  for (const path of ["/api/webhooks/marketplace", "/api/webhooks/marketplace/not-a-key"]) {
    const webhook = await request.post(path, { data: {} });
    expect(webhook.status()).toBe(401);
    expectApiHeaders(webhook.headers(), path);
  }

  const asset = /<script\b[^>]*src="(\/_next\/static\/[^"]+)"/.exec(html)![1]!;
  const assetRes = await request.get(asset);
  expect(assetRes.status()).toBe(200);
  expectDocumentHeaders(assetRes.headers(), asset);
});

test("every page works under the CSP with no violation or console error, as admin and as sales", async ({
  browser,
}) => {
  // Every page.tsx is listed (the sign-in page is visited while signing in).
  expect(adminPages(ids).length + 1).toBe(pagesFileCount());
  let visited = 0;
  for (const [account, paths] of [
    [admin, adminPages(ids)],
    [sales, salesPages(ids)],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watchProblems(page);
    // The sign-in form only works with its script running (it posts through next-auth's client).
    await signIn(page, account);
    for (const path of paths) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBeLessThan(400);
      await page.waitForLoadState("networkidle");
      await expect(page.locator("main, h1").first()).toBeVisible();
      visited++;
    }
    // Client-side navigation (the router's RSC fetches and scripts) under the policy too.
    await page.goto("/");
    await page.getByRole("link", { name: "Leads", exact: true }).first().click();
    await expect(page).toHaveURL(/\/leads$/);
    await page.waitForLoadState("networkidle");
    expect(problems, `${account.email}:\n${problems.join("\n")}`).toEqual([]);
    await context.close();
  }

  // The not-found page: only the 404 of the document itself may be reported.
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await signIn(page, admin);
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  pagePolicy(missing?.headers()["content-security-policy"]);
  await page.waitForLoadState("networkidle");
  expect(problems.filter((p) => !/404 \(Not Found\)/.test(p))).toEqual([]);
  await context.close();
  visited += 2; // sign-in, not-found

  recordFigures("web-security-headers", { pagesVisitedUnderCsp: visited, cspViolations: 0 });
});
