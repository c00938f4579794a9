import { expect, test } from "@playwright/test";
import { admin, sales } from "./support/accounts";
import { signIn } from "./support/sign-in";

test("an anonymous visitor is sent to sign-in", async ({ page }) => {
  await page.goto("/leads");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fleads/);
  await expect(page.getByRole("heading", { name: "Sign in to Lead desk" })).toBeVisible();
  // Without Entra ID settings there is no Microsoft button.
  await expect(page.getByRole("button", { name: "Sign in with Microsoft" })).toHaveCount(0);
});

test("a wrong password shows one message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(admin.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const message = page.getByText("That e-mail and password do not match an active account.");
  await expect(message).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("E-mail").fill("nobody@e2e.test");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await expect(message).toBeVisible();
});

test("an admin signs in, sees Settings, and signs out", async ({ page }) => {
  await signIn(page, admin, "/leads");
  await expect(page).toHaveURL(/\/leads$/);
  await expect(page.getByRole("link", { name: "Settings" })).toBeVisible();
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();

  await page.getByLabel("User menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login/);
});

test("a sales user has no Settings and is refused it by the server", async ({ page }) => {
  await signIn(page, sales);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await page.goto("/settings/users");
  await expect(page).toHaveURL(/\/forbidden$/);
  await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
});

test("the server refuses an admin action posted by a sales user", async ({ browser }) => {
  // Capture the real server-action request an admin's "Add user" form makes
  // (and stop it from reaching the server)…
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin, "/settings/users");
  const intruder = `intruder-${Date.now()}@e2e.test`;
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) =>
    adminPage.route("**/settings/users", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      resolve({ headers: await request.allHeaders(), body: request.postDataBuffer()! });
      await route.abort();
    }),
  );
  await adminPage.getByLabel("E-mail").fill(intruder);
  await adminPage.getByLabel("Role").selectOption("ADMIN");
  await adminPage.getByRole("button", { name: "Add user" }).click();
  const { headers, body } = await captured;
  expect(headers["next-action"]).toBeTruthy();
  const replay = {
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      accept: "text/x-component",
    },
    data: body,
    maxRedirects: 0,
  };
  await adminPage.unrouteAll();

  // …replay it with a sales user's session: refused, nothing created.
  const salesContext = await browser.newContext();
  const salesPage = await salesContext.newPage();
  await signIn(salesPage, sales);
  const refused = await salesPage.request.post("/settings/users", replay);
  expect(await refused.text()).toContain("Only admins may do this.");
  await adminPage.reload();
  await expect(adminPage.getByTestId(`user-${admin.email}`)).toBeVisible();
  await expect(adminPage.getByTestId(`user-${intruder}`)).toHaveCount(0);

  // Control: the very same request with the admin's session does create the
  // user, so the refusal above is the role check, not a malformed request.
  await adminPage.request.post("/settings/users", replay);
  await adminPage.reload();
  await expect(adminPage.getByTestId(`user-${intruder}`)).toBeVisible();
  await adminContext.close();
  await salesContext.close();
});
