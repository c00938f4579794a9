// Speed to lead in the browser: an admin creates an assignment rule with a
// response target; a posted lead gets its owner and clock at once; the owner
// marks it contacted, the clock stops, and the overview counts the response.
import { expect, test } from "@playwright/test";
import { admin, sales } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { uniqueTag, webhookUrl } from "./support/webhook-key";

test("a rule assigns a posted lead and starts its clock; contacting it stops the clock and the overview counts it", async ({ page, browser, request }) => {
  const tag = uniqueTag();
  // Scoped to this test's offer, so leads of specs running beside it are not assigned.
  const offer = `e2e.speed-${tag}`;
  await signIn(page, admin, "/settings/assignment");
  await page.getByLabel("Name").fill(`Speed ${tag}`);
  await page.getByLabel("Offers").fill(offer);
  await page.getByLabel("One user").check();
  await page.getByRole("combobox", { name: "User", exact: true }).selectOption({ label: `Sam Sales (${sales.email})` });
  await page.getByLabel("First response within (hours)").fill("2");
  await page.getByRole("button", { name: "Create rule" }).click();
  const row = page.getByTestId(`rule-Speed ${tag}`);
  await expect(row).toContainText(`Offer ${offer}`);
  await expect(row).toContainText("To Sam Sales");
  await expect(row).toContainText("2 h, around the clock");

  const hook = await webhookUrl(browser);
  const posted = await request.post(hook, {
    data: { UserDetails: { FirstName: "Quick", LastName: `Reply ${tag}`, Email: `${tag}@example.com`, Company: "Contoso" }, LeadSource: `SPZA-PLT|${offer}`, ActionCode: "PLT" },
  });
  expect(posted.status()).toBe(201);
  const answer = await posted.json();
  expect(answer.owner).toBe(sales.email);

  const owner = await browser.newContext();
  const salesPage = await owner.newPage();
  await signIn(salesPage, sales, `/leads/${answer.id}`);
  await expect(salesPage.getByTestId("lead-owner")).toHaveText("Owner: Sam Sales");
  const clock = salesPage.getByTestId("response-clock");
  await expect(clock).toHaveAttribute("data-state", "running");
  await expect(clock).toContainText(/Due in 1 h 5\d min|Due in 2 h/);
  await expect(salesPage.getByLabel("Activity log")).toContainText(`Assigned to ${sales.email} — assigned by rule Speed ${tag}`);

  await salesPage.getByLabel("Status").selectOption("CONTACTED");
  await salesPage.getByRole("button", { name: "Set status" }).click();
  await expect(clock).toHaveAttribute("data-state", "met");
  await expect(clock).toContainText("Answered in time");

  // The list's Due column and filter agree.
  await salesPage.goto(`/leads?offer=${offer}&sla=met&cols=name,due`);
  await expect(salesPage.getByRole("link", { name: `Quick Reply ${tag}` })).toBeVisible();
  await expect(salesPage.getByLabel("Response clock")).toHaveValue("met");
  await expect(salesPage.getByRole("table", { name: "Leads" }).getByText(/^Answered in time \(/)).toBeVisible();

  await salesPage.goto("/");
  const stats = salesPage.getByTestId("response-owner-Sam Sales");
  await expect(stats).toBeVisible();
  // At least this lead answered this week, and a share in time.
  await expect(stats.locator("td").nth(1)).toHaveText(/^[1-9]\d*\/\d+$/);
  await expect(stats.locator("td").nth(4)).toHaveText(/%$/);
  await owner.close();
});
