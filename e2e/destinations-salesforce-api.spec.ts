// An admin sets up a Salesforce (API) destination against a loopback fake of
// Salesforce's token endpoint and REST API (the e2e server allows 127.0.0.1),
// adjusts its field mapping, sends a test lead, and follows "Open in
// Salesforce" from the test result, the delivery log and the lead page.
import { expect, test } from "@playwright/test";
import { startFakeSalesforceApi, type FakeSalesforceApi } from "../tests/support/fake-crm/fake-salesforce-api";
import { admin } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { postLead, uniqueTag, webhookUrl } from "./support/webhook-key";

let crm: FakeSalesforceApi;
test.beforeAll(async () => {
  crm = await startFakeSalesforceApi();
});
test.afterAll(() => crm.close());

test("Salesforce (API): form, field mapping, test lead and Open in Salesforce links", async ({ page, browser }) => {
  const name = `Salesforce e2e ${uniqueTag()}`;
  await signIn(page, admin, "/settings/destinations/new");
  await page.getByRole("link", { name: "Salesforce (API)" }).click();
  await expect(page.getByRole("heading", { name: "New Salesforce (API) destination" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("My Domain URL").fill(crm.url);
  await page.getByLabel("Consumer key").fill(crm.clientId);
  await page.getByLabel("Consumer secret").fill(crm.clientSecret);
  // Microsoft's connector defaults are there to start from.
  const mapping = page.getByLabel("Field mapping");
  await expect(mapping).toHaveValue(/^FirstName = firstName\nLastName = lastName\n/);

  // A mapping that names no Lead desk field is refused, and the form keeps what was typed.
  await mapping.fill("LastName = lastName\nCompany = company\nOffer_Id__c = offer");
  await page.getByRole("button", { name: "Create destination" }).click();
  await expect(page.getByText('"offer" (for Offer_Id__c) is not a Lead desk field.')).toBeVisible();
  await expect(page.getByLabel("My Domain URL")).toHaveValue(crm.url);

  await mapping.fill("LastName = lastName\nCompany = company\nEmail = email\nOffer_Id__c = offerId");
  await page.getByLabel("Consumer secret").fill(crm.clientSecret);
  await page.getByRole("button", { name: "Create destination" }).click();
  await expect(page).toHaveURL(/\/settings\/destinations\/[0-9a-f-]{36}$/);
  const detailUrl = page.url();
  expect(await page.content()).not.toContain(crm.clientSecret);

  // Test lead: created in Salesforce, the mapping shown, the record one click away.
  await page.getByRole("button", { name: "Send test lead" }).click();
  const result = page.getByTestId("test-result");
  await expect(result).toContainText("Delivered");
  await expect(result).toContainText("HTTP 201");
  const testId = [...crm.created.keys()].at(-1)!;
  await expect(result.getByRole("link", { name: "Open in Salesforce" })).toHaveAttribute(
    "href",
    `${crm.url}/lightning/r/Lead/${testId}/view`,
  );
  await expect(page.getByTestId("test-mapping")).toContainText("Offer_Id__c");
  expect(crm.created.get(testId)).toMatchObject({ Offer_Id__c: expect.stringMatching(/^MSFT_TEST_\d+$/) });

  // A real lead through the webhook and the in-app worker.
  const last = `Sf${uniqueTag()}`;
  const leadId = await postLead(page.request, await webhookUrl(browser), {
    last,
    source: "AzureMarketplace",
    action: "INS",
    offer: "contoso.sf-offer",
  });
  await expect.poll(() => [...crm.created.values()].some((r) => r.LastName === last), { timeout: 20_000 }).toBe(true);
  const recordId = [...crm.created].find(([, r]) => r.LastName === last)![0];
  const link = `${crm.url}/lightning/r/Lead/${recordId}/view`;

  await page.goto(detailUrl);
  const row = page.getByTestId(`delivery-${leadId}`);
  await expect(row).toContainText("Delivered");
  await expect(row.getByRole("link", { name: "Open in Salesforce" })).toHaveAttribute("href", link);

  await page.goto(`/leads/${leadId}`);
  const delivery = page.getByTestId(`delivery-${name}`);
  await expect(delivery).toContainText("delivered");
  const open = delivery.getByRole("link", { name: "Open in Salesforce" });
  await expect(open).toHaveAttribute("href", link);
  await expect(open).toHaveAttribute("target", "_blank");
  await expect(open).toHaveAttribute("rel", "noopener noreferrer");

  // Tidy up: the destination would otherwise receive other specs' leads.
  await page.goto(detailUrl);
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/settings\/destinations\?deleted=1/);
});
