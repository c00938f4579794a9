import { expect, test } from "@playwright/test";
import { admin, sales } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { webhookUrl } from "./support/webhook-key";

test("an admin adds a sales user who can then sign in; deactivating locks them out, takes them out of rotations and offers their open leads to another", async ({
  page,
  browser,
  request,
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
  const offer = `e2e.rotation-${Date.now()}`;
  await page.getByLabel("Offers").fill(offer);
  await page.getByLabel("Round-robin among chosen users").check();
  await page.getByRole("group", { name: "Rotation (active users, in this order)" }).getByLabel(email).check();
  await page.getByRole("button", { name: "Create rule" }).click();
  await expect(page.getByTestId(`rule-${rule}`)).toContainText(`Round-robin: ${email}`);
  // A lead of that offer is theirs.
  const posted = await request.post(await webhookUrl(browser), {
    data: {
      UserDetails: { FirstName: "Rota", LastName: "Lead", Email: `rota.${Date.now()}@contoso.com` },
      LeadSource: `SPZA-PLT|${offer}`,
    },
  });
  const lead = (await posted.json()) as { id: string; owner: string };
  expect(lead.owner).toBe(email);
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
  // Their open lead is offered for reassignment, and goes to whoever is chosen.
  const offerToReassign = row.getByTestId("reassign-leads");
  await offerToReassign.getByLabel("1 open lead →").selectOption({ label: `Sam Sales (${sales.email})` });
  await offerToReassign.getByRole("button", { name: "Reassign" }).click();
  await expect(page.getByText("1 open lead reassigned.")).toBeVisible();
  await page.goto(`/leads/${lead.id}`);
  await expect(page.getByTestId("lead-owner")).toHaveText("Owner: Sam Sales");
  await page.goto("/settings/assignment");
  await expect(page.getByTestId(`rule-${rule}`)).toContainText("Round-robin with nobody in it");

  // The live session of the deactivated user no longer opens pages.
  await salesPage.goto("/leads");
  await expect(salesPage).toHaveURL(/\/login/);
  await other.close();
});
