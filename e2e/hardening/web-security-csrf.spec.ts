// Cross-site request forgery and sign-in abuse, against the production build:
// server actions refuse a foreign Origin, sign-in needs next-auth's CSRF
// token, GET changes nothing, and repeated wrong passwords lock an account
// for a while without locking anyone else out.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { recordFigures } from "../../tests/support/hardening-figures";
import { admin, e2ePort, sales } from "../support/accounts";
import { signIn } from "../support/sign-in";

const origin = `http://localhost:${e2ePort}`;
// Several page loads and a 15 s lock per test; the shared CI machine may be slow.
test.describe.configure({ timeout: 180_000 });

/** Submits a form on `page` but captures its server-action POST instead of letting it through. */
async function captureAction(page: Page, pathGlob: string, submit: () => Promise<void>) {
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) =>
    page.route(pathGlob, async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      resolve({ headers: await request.allHeaders(), body: request.postDataBuffer()! });
      await route.abort();
    }),
  );
  await submit();
  const { headers, body } = await captured;
  await page.unrouteAll();
  expect(headers["next-action"]).toBeTruthy();
  return (extra: Record<string, string>) => ({
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      accept: "text/x-component",
      ...extra,
    },
    data: body,
    maxRedirects: 0,
  });
}

test("a server action posted with a foreign Origin is refused and changes nothing", async ({ page }) => {
  await signIn(page, admin, "/settings/webhooks");
  const label = `csrf-${Date.now()}`;
  const replay = await captureAction(page, "**/settings/webhooks", async () => {
    await page.getByLabel("Label").fill(label);
    await page.getByRole("button", { name: "Create key" }).click();
  });
  const row = page.getByTestId(`key-${label}`);

  for (const foreign of [
    "https://evil.example",
    "http://localhost.evil.example",
    `http://127.0.0.1:${e2ePort}`,
    "null",
  ]) {
    const refused = await page.request.post("/settings/webhooks", replay({ origin: foreign }));
    expect(refused.status(), foreign).toBeGreaterThanOrEqual(400);
    await page.reload();
    await expect(page.getByRole("button", { name: "Create key" })).toBeVisible();
    await expect(row, foreign).toHaveCount(0);
  }
  // Control: the same request from the app's own origin does create the key.
  const accepted = await page.request.post("/settings/webhooks", replay({ origin }));
  expect(accepted.status()).toBe(200);
  await page.reload();
  await expect(row).toBeVisible();
});

test("sign-in requires next-auth's CSRF token: without it the right password gets no session", async ({
  playwright,
}) => {
  const api = await playwright.request.newContext({ baseURL: origin });
  const form = { email: sales.email, password: sales.password, callbackUrl: "/", json: "true" };
  const forged = await api.post("/api/auth/callback/credentials", { form, maxRedirects: 0 });
  expect(forged.headers()["location"] ?? (await forged.text())).toMatch(/csrf=true/);
  expect((await api.storageState()).cookies.find((c) => c.name === "next-auth.session-token")).toBeUndefined();
  expect(await (await api.get("/api/auth/session")).json()).toEqual({});

  // A token from another browser (its cookie is not ours) does not help either.
  const other = await playwright.request.newContext({ baseURL: origin });
  const { csrfToken: foreignToken } = await (await other.get("/api/auth/csrf")).json();
  await api.post("/api/auth/callback/credentials", { form: { ...form, csrfToken: foreignToken }, maxRedirects: 0 });
  expect(await (await api.get("/api/auth/session")).json()).toEqual({});

  // Control: with this client's own token the same post signs in.
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  await api.post("/api/auth/callback/credentials", { form: { ...form, csrfToken }, maxRedirects: 0 });
  expect((await (await api.get("/api/auth/session")).json()).user?.email).toBe(sales.email);
  await api.dispose();
  await other.dispose();
});

test("GET never changes state: /api/auth/signout by GET keeps the session", async ({ page }) => {
  await signIn(page, sales);
  const res = await page.request.get("/api/auth/signout", { maxRedirects: 0 });
  expect(res.status()).toBe(200); // next-auth's confirmation form, which POSTs with the CSRF token
  expect(await res.text()).toMatch(/<form[^>]*method="post"/i);
  expect((await (await page.request.get("/api/auth/session")).json()).user?.email).toBe(sales.email);
  await page.goto("/leads");
  await expect(page).toHaveURL(/\/leads$/);
});

test("route handlers that accept non-GET methods are the reviewed ones: next-auth (CSRF token) and the key-authenticated webhook", async ({
  page,
}) => {
  const handlers: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(file, "utf8");
        for (const m of source.matchAll(/\b(POST|PUT|PATCH|DELETE)\b(?=\s*[(,}]|\s+as\b)/g))
          handlers.push(`${m[1]} ${path.relative("app", dir)}`);
      }
    }
  };
  walk(path.join(process.cwd(), "app", "api"));
  expect([...new Set(handlers)].sort()).toEqual([
    "POST api/auth/[...nextauth]",
    "POST api/webhooks/marketplace",
    "POST api/webhooks/marketplace/[key]",
  ]);
  // The webhook ignores cookies: a signed-in browser posting without a key is refused and stores nothing.
  await signIn(page, admin);
  const res = await page.request.post("/api/webhooks/marketplace", {
    data: { UserDetails: { LastName: "Forged" } },
    headers: { origin: "https://evil.example" },
  });
  expect(res.status()).toBe(401);
});

test("repeated wrong passwords lock the account for a while; other accounts still sign in", async ({
  browser,
  page,
}) => {
  // A fresh account, so locking it disturbs no other test.
  const victim = { email: `locked-${Date.now()}@e2e.test`, password: "victim-password-123" };
  await signIn(page, admin, "/settings/users");
  await page.getByLabel("E-mail").fill(victim.email);
  await page.getByLabel("Password").fill(victim.password);
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByTestId(`user-${victim.email}`)).toBeVisible();

  const context = await browser.newContext();
  const login = await context.newPage();
  await login.goto("/login");
  const alert = login.locator("[data-slot=alert][role=alert]");
  const attempt = async (password: string, expected: string) => {
    await login.getByLabel("E-mail").fill(victim.email);
    await login.getByLabel("Password").fill(password);
    const answered = login.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await login.getByRole("button", { name: "Sign in", exact: true }).click();
    await answered;
    await expect(alert).toHaveText(expected);
  };
  for (let i = 0; i < 5; i++) await attempt(`wrong-${i}`, "That e-mail and password do not match an active account.");
  const lockedAt = Date.now();
  // Now even the right password is refused, and the user is told why.
  await attempt(victim.password, "Too many failed sign-ins for this account. Wait a little, then try again.");
  await expect(login).toHaveURL(/\/login/);
  expect(await (await login.request.get("/api/auth/session")).json()).toEqual({});

  // Someone else, from the same address, signs in as usual.
  const colleague = await browser.newContext();
  await signIn(await colleague.newPage(), sales);
  await colleague.close();

  // The lock ends (15 s after the fifth failure) and the right password works again.
  await login.waitForTimeout(Math.max(0, lockedAt + 15_500 - Date.now()));
  await login.getByLabel("Password").fill(victim.password);
  await login.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(login).not.toHaveURL(/\/login/);
  const lockedForMs = Date.now() - lockedAt;
  await context.close();
  recordFigures("web-security-csrf", {
    foreignOriginsRefused: 4,
    loginLockAfterFailures: 5,
    loginLockObservedMs: lockedForMs,
  });
});
