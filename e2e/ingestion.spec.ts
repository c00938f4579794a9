import { expect, test } from "@playwright/test";
import { admin } from "./support/accounts";
import { signIn } from "./support/sign-in";

test("an admin creates a webhook key and a lead posted to its URL appears in the app", async ({ page }) => {
  const label = `Partner Center ${Date.now()}`;
  await signIn(page, admin, "/settings/webhooks");
  await page.getByLabel("Label").fill(label);
  await page.getByRole("button", { name: "Create key" }).click();
  const url = (await page.getByTestId("webhook-url").textContent())!.trim();
  expect(url).toMatch(/\/api\/webhooks\/marketplace\/ldk_[A-Za-z0-9_-]{32}$/);
  // The key is shown once: after a reload only its prefix remains.
  await page.reload();
  await expect(page.getByTestId(`key-${label}`)).toContainText("ldk_");
  await expect(page.getByText(url)).toHaveCount(0);

  const lastName = `Lindqvist-${Date.now()}`;
  const response = await page.request.post(url, {
    data: {
      UserDetails: { FirstName: "Åsa", LastName: lastName, Email: `${lastName}@contoso.com`, Company: "Contoso" },
      LeadSource: "SPZA-PLT|contoso.sample-offer",
      ActionCode: "PLT",
      OfferTitle: "Contoso Sample Offer",
    },
  });
  expect(response.status()).toBe(201);
  expect(await response.json()).toMatchObject({ status: "created", source: "AppSource", stage: "ACTIVE" });

  // Microsoft's validation lead is hidden from the list but shows as validation in Settings.
  const validation = await page.request.post(url, {
    data: { userDetails: { firstName: "MSFT_TEST_1", email: "MSFT_TEST_1@test.com" }, leadSource: "MSFT_TEST_1" },
  });
  expect(validation.status()).toBe(201);

  await page.goto("/leads");
  await expect(page.getByRole("row", { name: new RegExp(lastName) })).toContainText("Active");
  await expect(page.getByText("MSFT_TEST_1")).toHaveCount(0);
  await page.goto("/settings/webhooks");
  await expect(page.getByTestId(`key-${label}`)).toContainText("Marketplace validated this endpoint at");

  // A body that is no lead is kept and can be found in Settings.
  const bad = await page.request.post(url, {
    data: Buffer.from('{"UserDetails": {"FirstName": "Broken",}'),
    headers: { "content-type": "application/json" },
  });
  expect(bad.status()).toBe(400);
  const { receiptId } = await bad.json();
  await page.goto("/settings/receipts");
  const receipt = page.getByTestId(`receipt-${receiptId}`);
  await expect(receipt).toContainText("Malformed JSON at line 1");
  await receipt.getByText("Raw body").click();
  await expect(receipt).toContainText('{"UserDetails": {"FirstName": "Broken",}');
});
