import { expect, test } from "@playwright/test";
import { admin } from "./support/accounts";
import { signIn } from "./support/sign-in";

test("an admin adds a sales user who can then sign in; deactivating locks them out and takes them out of rotations", async ({
  page,
  browser,
}) => {
  const email = `new-${Date.now()}@e2e.test`;
  await signIn(page, admin, "/settings/users");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Role").selectOption("SALES");
  await page.getByRole("button", { name: "Add user" }).click();
  const password = (await page.getByTestId("generated-password").textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(20);

  const other = await browser.newContext();
  const salesPage = await other.newPage();
  await signIn(salesPage, { email, password });
  await expect(salesPage.getByRole("heading", { name: "Overview" })).toBeVisible();

  // They join a rotation (scoped to an offer of this test's, so other specs' leads are not assigned).
  const rule = `Rotation ${Date.now()}`;
  await page.goto("/settings/assignment");
  await page.getByLabel("Name").fill(rule);
  await page.getByLabel("Offers").fill(`e2e.rotation-${Date.now()}`);
  await page.getByLabel("Round-robin among chosen users").check();
  await page.getByRole("group", { name: "Rotation (active users, in this order)" }).getByLabel(email).check();
  await page.getByRole("button", { name: "Create rule" }).click();
  await expect(page.getByTestId(`rule-${rule}`)).toContainText(`Round-robin: ${email}`);
  await page.goto("/settings/users");

  const row = page.getByTestId(`user-${email}`);
  await row.getByRole("button", { name: "Deactivate" }).click();
  await page
    .getByRole("alertdialog", {
      name: `Deactivate ${email}? They are signed out at once and leave every assignment rotation.`,
    })
    .getByRole("button", { name: "Deactivate" })
    .click();
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();
  // Deactivating took them out of the rotation.
  await expect(page.getByText(`${email} is deactivated and out of every rotation.`)).toBeVisible();
  await page.goto("/settings/assignment");
  await expect(page.getByTestId(`rule-${rule}`)).toContainText("Round-robin with nobody in it");

  // The live session of the deactivated user no longer opens pages.
  await salesPage.goto("/leads");
  await expect(salesPage).toHaveURL(/\/login/);
  await other.close();
});
