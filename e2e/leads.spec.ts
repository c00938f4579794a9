// The sales workspace in the browser: every test seeds its own leads through
// the webhook (tagged with a unique word) and scopes its view to that tag, so
// tests run in parallel on one server.
import fs from "node:fs";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { sales } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { postLead, uniqueTag, webhookUrl } from "./support/webhook-key";

const rows = (page: Page, tag: string) =>
  page.getByRole("table", { name: "Leads" }).getByRole("row", { name: new RegExp(tag, "i") });

/** A screenshot kept as a file in the test's output folder and attached to the report. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

async function search(page: Page, tag: string) {
  await page.getByRole("searchbox", { name: "Search leads" }).fill(tag);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
}

/** A filter's popover button in the toolbar (the column headers have sort buttons of the same names). */
const filterButton = (page: Page, menu: string) => page.getByRole("search").getByRole("button", { name: menu });

async function pickFacet(page: Page, menu: string, option: RegExp) {
  await filterButton(page, menu).click();
  await page
    .getByRole("group", { name: `${menu} filter` })
    .getByRole("checkbox", { name: option })
    .check();
}

test("filter by source and stage, reload keeps the view, triage a lead and see it in the activity log", async ({
  page,
  browser,
  request,
}, testInfo) => {
  const tag = uniqueTag();
  const hook = await webhookUrl(browser);
  const offer = `e2e.${tag}`;
  await postLead(request, hook, { last: `${tag}Active`, source: "SPZA", action: "PLT", offer });
  await postLead(request, hook, { last: `${tag}Portal`, source: "AzurePortal", action: "Create", offer });
  await postLead(request, hook, { last: `${tag}Install`, source: "SPZA", action: "INS", offer });
  await postLead(request, hook, { last: `${tag}Market`, source: "AzureMarketplace", action: "INS", offer });

  await signIn(page, sales, "/leads");
  await search(page, tag);
  await expect(rows(page, tag)).toHaveCount(4);

  await pickFacet(page, "Source", /AppSource/);
  await expect(page).toHaveURL(/source=AppSource/);
  await expect(rows(page, tag)).toHaveCount(2);
  // The stage menu counts under the other filters: one Active, one Initial interest.
  await page.keyboard.press("Escape");
  await filterButton(page, "Funnel stage").click();
  const stages = page.getByRole("group", { name: "Funnel stage filter" });
  await expect(stages.getByRole("checkbox", { name: /Initial interest\s*1$/ })).toBeVisible();
  await stages.getByRole("checkbox", { name: /Active\s*1$/ }).check();
  await expect(page).toHaveURL(/stage=ACTIVE/);
  await expect(rows(page, tag)).toHaveCount(1);

  await page.reload();
  await expect(page).toHaveURL(/source=AppSource/);
  await expect(page.getByRole("searchbox", { name: "Search leads" })).toHaveValue(tag);
  await expect(rows(page, tag)).toHaveCount(1);
  await expect(rows(page, tag)).toContainText(`${tag}Active`);
  await keepScreenshot(page, testInfo, "lead-list");

  await rows(page, tag).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Eve ${tag}Active`);
  await expect(page.getByTestId("lead-meaning")).toContainText("Contact me on AppSource");
  await expect(page.getByTestId("raw-body")).toContainText(`"LeadSource":"SPZA-PLT|${offer}"`);

  await page.getByLabel("Status").selectOption("CONTACTED");
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(page.getByTestId("lead-status")).toHaveText("Contacted");
  await page.getByLabel("Owner").selectOption({ label: "Sam Sales (sales@e2e.test)" });
  await page.getByRole("button", { name: "Assign" }).click();
  const log = page.getByRole("list", { name: "Activity log" });
  await expect(log).toContainText("Assigned to sales@e2e.test");
  await expect(log).toContainText("Status New → Contacted");
  await expect(log).toContainText("Sam Sales");
  await keepScreenshot(page, testInfo, "lead-page");
});

test("a do-not-contact lead cannot be moved to Contacted", async ({ page, browser, request }) => {
  const tag = uniqueTag();
  const id = await postLead(request, await webhookUrl(browser), {
    last: `${tag}Dnc`,
    source: "SPZA",
    action: "DNC",
    offer: `e2e.${tag}`,
  });
  await signIn(page, sales, `/leads/${id}`);
  await page.getByLabel("Status").selectOption("CONTACTED");
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "asked not to be contacted" })).toBeVisible();
  await expect(page.getByTestId("lead-status")).toHaveText("New");
});

test("triage says a missing reason or note beside its field, reports results as toasts, keeps a refused note", async ({
  page,
  browser,
  request,
}) => {
  const tag = uniqueTag();
  const id = await postLead(request, await webhookUrl(browser), {
    last: `${tag}Checks`,
    source: "SPZA",
    action: "PLT",
    offer: `e2e.${tag}`,
  });
  await signIn(page, sales, `/leads/${id}`);
  const toast = (text: string) => page.locator("[data-sonner-toast]").filter({ hasText: text });

  // Disqualifying needs a reason: said beside the field, which takes the focus; nothing is sent.
  await page.getByLabel("Status").selectOption("DISQUALIFIED");
  await page.getByRole("button", { name: "Set status" }).click();
  const reason = page.getByLabel("Reason");
  await expect(page.locator("#triage-reason-error")).toHaveText("Required");
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("lead-status")).toHaveText("New");
  await reason.fill("Wrong company");
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(toast("Status set to Disqualified.")).toBeVisible();
  await expect(page.getByTestId("lead-status")).toHaveText("Disqualified");
  await expect(page.locator("#triage-reason-error")).toHaveCount(0);

  // A note: empty is caught in the page, blank by the server (kept, with the reason beside the form).
  const note = page.getByLabel("Note");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.locator("#triage-note-error")).toHaveText("Required");
  await note.fill("   ");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.locator("[data-slot=alert][role=alert]").filter({ hasText: "Write a note first." })).toBeVisible();
  await expect(note).toHaveValue("   ");
  await note.fill(`Call back ${tag}`);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(toast("Note added.")).toBeVisible();
  await expect(note).toHaveValue("");
  await expect(page.getByRole("list", { name: "Activity log" })).toContainText(`Call back ${tag}`);
});

test("bulk assign the selection (keyboard x), then set status on everything the filter matches", async ({
  page,
  browser,
  request,
}) => {
  const tag = uniqueTag();
  const hook = await webhookUrl(browser);
  for (const n of [1, 2, 3])
    await postLead(request, hook, {
      last: `${tag}Bulk${n}`,
      source: "AzureMarketplace",
      action: "INS",
      offer: `e2e.${tag}.${n}`,
    });
  await signIn(page, sales, "/leads");
  await search(page, tag);
  await expect(rows(page, tag)).toHaveCount(3);

  // Keyboard: x selects the active row, j moves down.
  await page.getByRole("heading", { name: "Leads" }).click();
  await page.keyboard.press("x");
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  await expect(
    page.getByRole("table", { name: "Leads" }).getByRole("checkbox", { name: /^Select Eve/, checked: true }),
  ).toHaveCount(2);
  // The keyboard's row is tinted and marked, a selected row tinted otherwise, the rest plain (globals.css).
  const look = (n: number, cell: number) =>
    rows(page, tag)
      .nth(n)
      .getByRole("cell")
      .nth(cell)
      .evaluate((td) => ({ tone: getComputedStyle(td).backgroundColor, mark: getComputedStyle(td).boxShadow }));
  const [selected, active, plain] = [await look(0, 2), await look(1, 2), await look(2, 2)];
  expect(new Set([selected.tone, active.tone, plain.tone]).size).toBe(3);
  expect((await look(1, 0)).mark).toContain("inset");
  expect((await look(0, 0)).mark).toBe("none");

  const bulk = page.getByRole("form", { name: "Bulk change" });
  await bulk.getByLabel("What to change").selectOption("owner");
  await bulk.getByLabel("New owner").selectOption({ label: "Sam Sales (sales@e2e.test)" });
  await bulk.getByRole("button", { name: "Apply to 2 selected" }).click();
  // The result is a toast; the bar leaves with the selection.
  await expect(page.getByText("Updated 2 leads.")).toBeVisible();
  await expect(bulk).toHaveCount(0);
  await expect(rows(page, tag).filter({ hasText: "Sam Sales" })).toHaveCount(2);
  await expect(rows(page, tag).filter({ hasText: "Unassigned" })).toHaveCount(1);

  await page.getByRole("button", { name: "Change all matching…" }).click();
  await expect(bulk.getByLabel("Everything matching the filter")).toBeChecked();
  await bulk.getByLabel("What to change").selectOption("status");
  await bulk.getByLabel("New status").selectOption("QUALIFIED");
  await bulk.getByRole("button", { name: "Apply…" }).click();
  await expect(bulk.getByTestId("bulk-count")).toHaveText("3");
  await bulk.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("Updated 3 leads.")).toBeVisible();
  await expect(rows(page, tag).filter({ hasText: "Qualified" })).toHaveCount(3);

  // Enter opens the active row.
  await page.getByRole("heading", { name: "Leads" }).click();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("lead-status")).toHaveText("Qualified");
});

test("a saved view restores filters and columns", async ({ page, browser, request }) => {
  const tag = uniqueTag();
  const hook = await webhookUrl(browser);
  await postLead(request, hook, { last: `${tag}Keep`, source: "AzurePortal", action: "Create", offer: `e2e.${tag}` });
  await postLead(request, hook, {
    last: `${tag}Drop`,
    source: "TestDrive",
    action: "StartTestDrive",
    offer: `e2e.${tag}`,
  });
  await signIn(page, sales, "/leads");
  await search(page, tag);
  await pickFacet(page, "Funnel stage", /Active/);
  await expect(rows(page, tag)).toHaveCount(1);
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("group", { name: "Columns" }).getByRole("checkbox", { name: "Company" }).uncheck();
  await expect(page).toHaveURL(/cols=/);
  await expect(page.getByRole("columnheader", { name: "Company" })).toHaveCount(0);

  const name = `View ${tag}`;
  await page.getByLabel("View name").fill(name);
  await page.getByRole("button", { name: "Save view" }).click();
  await expect(page.getByRole("link", { name })).toBeVisible();

  await page.goto("/leads");
  await expect(page.getByRole("columnheader", { name: "Company" })).toHaveCount(1);
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page).toHaveURL(/stage=ACTIVE/);
  await expect(rows(page, tag)).toHaveCount(1);
  await expect(rows(page, tag)).toContainText(`${tag}Keep`);
  await expect(page.getByRole("columnheader", { name: "Company" })).toHaveCount(0);
});

test("export downloads exactly the rows the filter shows", async ({ page, browser, request }) => {
  const tag = uniqueTag();
  const hook = await webhookUrl(browser);
  await postLead(request, hook, {
    last: `${tag}One`,
    source: "SPZA",
    action: "PLT",
    offer: `e2e.${tag}`,
    company: "=HYPERLINK(1)",
  });
  await postLead(request, hook, { last: `${tag}Two`, source: "SPZA", action: "PLT", offer: `e2e.${tag}` });
  await postLead(request, hook, {
    last: `${tag}Other`,
    source: "AzureMarketplace",
    action: "INS",
    offer: `e2e.${tag}`,
  });
  await signIn(page, sales, "/leads");
  await search(page, tag);
  await pickFacet(page, "Source", /AppSource/);
  await expect(rows(page, tag)).toHaveCount(2);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(3);
  expect(csv).toContain(`${tag}One`);
  expect(csv).toContain(`${tag}Two`);
  expect(csv).not.toContain(`${tag}Other`);
  expect(csv).toContain(`,"'=HYPERLINK(1)",`);

  // Without a session the export answers 401, not data.
  const anonymous = await request.get(`/api/leads/export?q=${tag}`);
  expect(anonymous.status()).toBe(401);
});

test("the overview links its numbers to the list", async ({ page, browser, request }, testInfo) => {
  const tag = uniqueTag();
  await postLead(request, await webhookUrl(browser), {
    last: `${tag}Dnc`,
    source: "SPZA",
    action: "DNC",
    offer: `e2e.${tag}`,
  });
  await signIn(page, sales, "/");
  await expect(page.getByRole("img", { name: /by funnel stage/ })).toBeVisible();
  await keepScreenshot(page, testInfo, "overview");
  await page.getByTestId("stat-do-not-contact").click();
  await expect(page).toHaveURL(/dnc=1/);
  await expect(page.getByRole("row", { name: new RegExp(`${tag}Dnc`, "i") })).toBeVisible();
});

test("unknown and malformed lead ids are not found", async ({ page }) => {
  await signIn(page, sales, "/leads");
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-lead"]) {
    const response = await page.goto(`/leads/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("a sales user sees no settings", async ({ page }) => {
  await signIn(page, sales, "/leads");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leads" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
});
