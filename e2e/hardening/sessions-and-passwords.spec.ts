// Issue 15 items 5 and 7, over HTTP and in Chromium, each on a fresh account
// (ending sessions of the shared accounts would disturb other specs):
// - sessions end for real: after sign-out, deactivation (and reactivation),
//   a password change or reset, a role change and "sign out everywhere", the
//   old cookie opens no page, no action, no export, and /api/auth/session
//   neither names nor renews it;
// - the password policy holds on the users page, and an admin's reset forces
//   a new password (on the profile page) before anything else.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn as signInHttp } from "../../tests/support/sign-in";
import { admin, e2ePort } from "../support/accounts";
import { signIn } from "../support/sign-in";

const base = `http://localhost:${e2ePort}`;
test.describe.configure({ timeout: 180_000 });

interface Account {
  email: string;
  password: string;
}

/** A fresh sales user, added on the users page by the admin in `page`. */
async function addUser(page: Page, tag: string): Promise<Account> {
  const account = {
    email: `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@e2e.test`,
    password: `fresh ${tag} pass phrase`,
  };
  await page.goto("/settings/users");
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByTestId(`user-${account.email}`)).toBeVisible();
  return account;
}

async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, admin, "/settings/users");
  return page;
}

/** What an old session cookie still opens: each must be nothing. */
async function expectEnded(cookie: string, why: string) {
  const page = await fetch(`${base}/leads`, { redirect: "manual", headers: { cookie } });
  expect(`${page.status} ${page.headers.get("location")}`, `${why}: /leads`).toMatch(/^30\d \/login/);
  const profile = await fetch(`${base}/profile`, { redirect: "manual", headers: { cookie } });
  expect(profile.headers.get("location") ?? "", `${why}: /profile`).toMatch(/^\/login/);
  const exported = await fetch(`${base}/api/leads/export`, { headers: { cookie } });
  expect(exported.status, `${why}: export`).toBe(401);
  const session = await fetch(`${base}/api/auth/session`, { headers: { cookie } });
  expect(await session.json(), `${why}: /api/auth/session`).toEqual({});
  expect(
    session.headers.getSetCookie().filter((c) => /session-token=[^;]/.test(c)),
    `${why}: renewed cookie`,
  ).toEqual([]);
}

/** The form's refusal (a field's inline error or the form's alert) containing `reason`. */
const refusal = (page: Page, reason: string) =>
  page.locator("[data-slot=field] [id$='-error'], [data-slot=alert][role=alert]").filter({ hasText: reason }).first();

async function expectOpen(cookie: string, why: string) {
  const res = await fetch(`${base}/leads`, { redirect: "manual", headers: { cookie } });
  expect(res.status, `${why}: /leads`).toBe(200);
}

test("signing out ends that session; the old cookie opens nothing and is not renewed", async ({ browser }) => {
  const account = await addUser(await adminPage(browser), "signout");
  const cookie = await signInHttp(base, account.email, account.password);
  const other = await signInHttp(base, account.email, account.password);
  await expectOpen(cookie, "before sign-out");
  // Sign out as the browser's "Sign out" does: POST with next-auth's CSRF token.
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const out = await fetch(`${base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${cookie}; ${csrfCookie}` },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  expect(out.status).toBeLessThan(400);
  await expectEnded(cookie, "after sign-out");
  await expectOpen(other, "the user's other session");
});

test("deactivation ends every session, and reactivation revives none", async ({ browser }) => {
  const adminUi = await adminPage(browser);
  const account = await addUser(adminUi, "deactivate");
  const cookies = [
    await signInHttp(base, account.email, account.password),
    await signInHttp(base, account.email, account.password),
  ];
  const row = adminUi.getByTestId(`user-${account.email}`);
  await row.getByRole("button", { name: "Deactivate" }).click();
  await adminUi.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Reactivate" }).click();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  for (const cookie of cookies) await expectEnded(cookie, "after deactivation and reactivation");
  await expectOpen(await signInHttp(base, account.email, account.password), "a new sign-in");
});

test("a role change ends every session of that user", async ({ browser }) => {
  const adminUi = await adminPage(browser);
  const account = await addUser(adminUi, "role");
  const cookie = await signInHttp(base, account.email, account.password);
  await adminUi.getByTestId(`user-${account.email}`).getByRole("button", { name: "Make admin" }).click();
  await expect(adminUi.getByTestId(`user-${account.email}`).getByRole("button", { name: "Make sales" })).toBeVisible();
  await expectEnded(cookie, "after a role change");
});

test("changing one's password on the profile page: weak ones refused with the reason, then every session ends", async ({
  browser,
}) => {
  const account = await addUser(await adminPage(browser), "change");
  const elsewhere = await signInHttp(base, account.email, account.password);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account, "/profile");
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
  const change = async (next: string) => {
    await page.getByLabel("Current password").fill(account.password);
    await page.getByLabel("New password", { exact: true }).fill(next);
    await page.getByLabel("New password again").fill(next);
    await page.getByRole("button", { name: "Change password" }).click();
  };
  for (const [weak, reason] of [
    ["          ", "at least 12 characters"],
    ["            ", "only spaces"],
    ["aaaaaaaaaaaa", "different characters"],
    ["password12", "at least 12 characters"],
    ["password1234", "common passwords"],
    [account.email, "e-mail address"],
  ] as const) {
    await change(weak);
    await expect(refusal(page, reason), JSON.stringify(weak)).toBeVisible();
    await page.reload();
  }
  await change("a brand new pass phrase");
  await expect(page).toHaveURL(/\/login\?notice=PasswordChanged/);
  await expectEnded(elsewhere, "another session after the password change");
  await expectOpen(await signInHttp(base, account.email, "a brand new pass phrase"), "the new password");
});

test("sign out everywhere ends every session of the user, this one included", async ({ browser }) => {
  const account = await addUser(await adminPage(browser), "everywhere");
  const elsewhere = await signInHttp(base, account.email, account.password);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, "/profile");
  const here = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page
    .getByRole("alertdialog", { name: "Sign out on every device, this one included?" })
    .getByRole("button", { name: "Sign out everywhere" })
    .click();
  await expect(page).toHaveURL(/\/login\?notice=SignedOutEverywhere/);
  await expectEnded(elsewhere, "another device");
  await expectEnded(here, "this browser");
});

test("the users page refuses weak passwords with the reason", async ({ browser }) => {
  const page = await adminPage(browser);
  for (const [password, reason] of [
    ["          ", "at least 12 characters"],
    ["aaaaaaaaaaaa", "different characters"],
    ["password12", "at least 12 characters"],
    ["password1234", "common passwords"],
  ] as const) {
    const email = `weak-${Date.now()}@e2e.test`;
    await page.goto("/settings/users");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(refusal(page, reason), JSON.stringify(password)).toBeVisible();
    await expect(page.getByTestId(`user-${email}`)).toHaveCount(0);
  }
  const email = `self-${Date.now()}@e2e.test`;
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(email);
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(refusal(page, "e-mail address")).toBeVisible();
});

test("an admin's reset ends the user's sessions and forces a new password before anything else", async ({
  browser,
}) => {
  const adminUi = await adminPage(browser);
  const account = await addUser(adminUi, "reset");
  const before = await signInHttp(base, account.email, account.password);
  await adminUi.getByTestId(`user-${account.email}`).getByRole("button", { name: "Reset password" }).click();
  await adminUi
    .getByRole("alertdialog", { name: /^Reset the password of / })
    .getByRole("button", { name: "Reset password" })
    .click();
  const oneTime = (await adminUi.getByTestId("reset-password").textContent())!.trim();
  await expect(adminUi.getByTestId(`user-${account.email}`).getByText("Must change password")).toBeVisible();
  await expectEnded(before, "after the reset");

  // Signed in with the one-time password, every page leads to the profile and the API refuses.
  const cookie = await signInHttp(base, account.email, oneTime);
  for (const path of ["/", "/leads"]) {
    const res = await fetch(`${base}${path}`, { redirect: "manual", headers: { cookie } });
    expect(`${res.status} ${res.headers.get("location")}`, path).toMatch(/^30\d \/profile$/);
  }
  expect((await fetch(`${base}/api/leads/export`, { headers: { cookie } })).status).toBe(403);

  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(oneTime);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/profile/);
  await expect(page.getByText("An admin reset your password")).toBeVisible();
  await page.getByLabel("Current password").fill(oneTime);
  await page.getByLabel("New password", { exact: true }).fill("my own pass phrase again");
  await page.getByLabel("New password again").fill("my own pass phrase again");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expectOpen(await signInHttp(base, account.email, "my own pass phrase again"), "after choosing a new password");
});
