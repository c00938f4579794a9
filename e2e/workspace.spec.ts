// The sales workspace as a person sees it: the lead table's layout at 1400×900
// (columns without sideways scrolling, at least 20 rows, density remembered),
// the viewer's time zone, the phone layout, and every page checked with axe in
// light and dark, with screenshots kept as test artifacts.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { admin, sales } from "./support/accounts";
import { adminPages } from "./support/app-pages";
import { readPlanted } from "./support/planted";
import { signIn } from "./support/sign-in";
import { postLead, uniqueTag, webhookUrl } from "./support/webhook-key";

const desktop = { width: 1400, height: 900 };
const schemes = ["light", "dark"] as const;

async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

const table = (page: Page) => page.getByRole("table", { name: "Leads" });
const bodyRows = (page: Page) => table(page).locator("tbody tr");

/** Rows whose whole height is inside the window. */
async function rowsInView(page: Page): Promise<number> {
  return bodyRows(page).evaluateAll(
    (rows) =>
      rows.filter((r) => r.getBoundingClientRect().top >= 0 && r.getBoundingClientRect().bottom <= window.innerHeight)
        .length,
  );
}

test.describe("lead table at 1400×900", () => {
  test.use({ viewport: desktop });

  test("the main columns fit without sideways scrolling, rows are one line, at least 20 show, density is remembered", async ({
    page,
    browser,
    request,
  }) => {
    const tag = uniqueTag();
    const hook = await webhookUrl(browser);
    for (let n = 0; n < 24; n++) {
      await postLead(request, hook, {
        last: `${tag}N${n}`,
        company: `A company name long enough to be cut somewhere ${n}`,
        source: "AzureMarketplace",
        action: "INS",
        offer: `e2e.${tag}.an-offer-identifier-that-is-long`,
      });
    }
    await signIn(page, sales, `/leads?q=${tag}`);
    await expect(bodyRows(page)).toHaveCount(24);
    // The density the shared account starts with.
    await page.getByRole("button", { name: "Compact rows" }).click();

    for (const name of [
      "Received",
      "Name",
      "Company",
      "Source",
      "Action",
      "Offer",
      "Stage",
      "Status",
      "Owner",
      "Due",
    ]) {
      const header = table(page).getByRole("columnheader", { name, exact: true });
      await expect(header, name).toBeVisible();
      const box = (await header.boundingBox())!;
      expect(box.x + box.width, `${name} ends inside the window`).toBeLessThanOrEqual(desktop.width);
    }
    const scroll = await page
      .locator("[data-slot=table-container]")
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll.scroll).toBeLessThanOrEqual(scroll.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(desktop.width);

    // One line per row: every row as high as the first, long text cut with its whole value on hover.
    const heights = await bodyRows(page).evaluateAll((rows) =>
      rows.map((r) => Math.round(r.getBoundingClientRect().height)),
    );
    expect(new Set(heights).size).toBe(1);
    const company = table(page).getByTitle(`A company name long enough to be cut somewhere 3`, { exact: true });
    await expect(company).toBeVisible();
    expect(await company.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    expect(await rowsInView(page)).toBeGreaterThanOrEqual(20);
    const compactHeight = heights[0]!;

    // Comfortable rows are taller, and the choice survives a reload (it is stored for the user).
    await page.getByRole("button", { name: "Comfortable rows" }).click();
    await expect(page.getByRole("button", { name: "Comfortable rows" })).toHaveAttribute("aria-pressed", "true");
    const comfortable = await bodyRows(page)
      .first()
      .evaluate((r) => r.getBoundingClientRect().height);
    expect(comfortable).toBeGreaterThan(compactHeight + 8);
    await page.waitForTimeout(500);
    await page.reload();
    await expect(page.getByRole("button", { name: "Comfortable rows" })).toHaveAttribute("aria-pressed", "true");
    expect(
      await bodyRows(page)
        .first()
        .evaluate((r) => r.getBoundingClientRect().height),
    ).toBe(comfortable);
    await page.getByRole("button", { name: "Compact rows" }).click();
    await expect(page.getByRole("button", { name: "Compact rows" })).toHaveAttribute("aria-pressed", "true");

    // E-mail is in the column picker, not on by default.
    await expect(table(page).getByRole("columnheader", { name: "E-mail" })).toHaveCount(0);
    await page.getByRole("button", { name: "Columns" }).click();
    await page.getByRole("group", { name: "Columns" }).getByRole("checkbox", { name: "E-mail" }).check();
    await expect(table(page).getByRole("columnheader", { name: "E-mail" })).toBeVisible();

    // No bulk bar until a row is selected.
    await page.keyboard.press("Escape");
    await expect(page.getByRole("form", { name: "Bulk change" })).toHaveCount(0);
    await table(page)
      .getByRole("checkbox", { name: `Select Eve ${tag}N1`, exact: true })
      .check();
    await expect(page.getByRole("form", { name: "Bulk change" })).toBeVisible();
  });
});

test("dates are in the viewer's time zone with the offset on hover; the zone is the browser's, changeable in the profile", async ({
  browser,
  request,
}) => {
  const tag = uniqueTag();
  const hook = await webhookUrl(browser);
  const id = await postLead(request, hook, { last: `${tag}Zone`, source: "SPZA", action: "PLT", offer: `e2e.${tag}` });
  const context = await browser.newContext({ timezoneId: "America/Sao_Paulo", viewport: desktop });
  const page = await context.newPage();
  // A user of its own: the first visit stores the browser's zone.
  const email = `${tag}@e2e.test`;
  const adminPage = await browser.newPage();
  await signIn(adminPage, admin, "/settings/users");
  await adminPage.getByLabel("E-mail").fill(email);
  await adminPage.getByLabel("Role").selectOption("SALES");
  await adminPage.getByRole("button", { name: "Add user" }).click();
  const password = (await adminPage.getByTestId("generated-password").textContent())!.trim();
  await adminPage.close();

  await signIn(page, { email, password }, `/leads/${id}`);
  const received = page.locator("dd time").first();
  await expect(received).toHaveAttribute("title", /\(UTC-03:00\)$/);
  await expect(page.locator("main")).not.toContainText("UTC");
  await page.goto("/profile");
  await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("America/Sao_Paulo");
  await page.getByRole("combobox", { name: "Time zone" }).selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Dates are now shown in Asia/Tokyo.")).toBeVisible();
  await page.goto(`/leads/${id}`);
  await expect(page.locator("dd time").first()).toHaveAttribute("title", /\(UTC\+09:00\)$/);
  await context.close();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the lead page fits the width with its triage controls reachable", async ({
    page,
    browser,
    request,
  }, testInfo) => {
    const tag = uniqueTag();
    const hook = await webhookUrl(browser);
    const id = await postLead(request, hook, {
      last: `${tag}Phone`,
      source: "SPZA",
      action: "PLT",
      offer: `e2e.${tag}.with-a-long-offer-id`,
    });
    await signIn(page, sales, `/leads/${id}`);
    // Anything reaching past the right edge (not clipped by a container that scrolls), named for the failure message.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > 390.5)
        .filter((el) => {
          for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
            if (getComputedStyle(up).overflowX !== "visible") return false;
          }
          return true;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5),
    );
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const status = page.getByLabel("Status");
    await status.scrollIntoViewIfNeeded();
    const box = (await status.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await keepScreenshot(page, testInfo, "phone-lead-page");
  });
});

test.describe("accessibility and screenshots", () => {
  test.use({ viewport: desktop });

  for (const scheme of schemes) {
    test(`every page has no serious or critical axe violation (${scheme})`, async ({ browser, request }, testInfo) => {
      test.setTimeout(180_000);
      const planted = readPlanted();
      const hook = await webhookUrl(browser);
      const leadId = await postLead(request, hook, {
        last: `${uniqueTag()}Axe`,
        source: "SPZA",
        action: "PLT",
        offer: "e2e.axe",
      });
      const context = await browser.newContext({ colorScheme: scheme, viewport: desktop });
      const page = await context.newPage();
      const loginScan = await page.goto("/login").then(() => scan(page));
      const found: string[] = loginScan.map((v) => `/login: ${v}`);
      await signIn(page, admin);
      const paths = adminPages({
        leadId,
        destinationId: planted.destinationId,
        assignmentRuleId: planted.assignmentRuleId,
      });
      for (const path of paths) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        found.push(...(await scan(page)).map((v) => `${path}: ${v}`));
        if (path === "/leads") await keepScreenshot(page, testInfo, `list-${scheme}`);
        if (path === `/leads/${leadId}`) await keepScreenshot(page, testInfo, `lead-page-${scheme}`);
        if (path === "/") await keepScreenshot(page, testInfo, `overview-${scheme}`);
        if (path === `/settings/destinations/${planted.destinationId}`)
          await keepScreenshot(page, testInfo, `destination-${scheme}`);
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }
});

async function scan(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

test("keyboard focus is visible on the list's controls", async ({ page }) => {
  await signIn(page, sales, "/leads");
  await page.getByRole("searchbox", { name: "Search leads" }).focus();
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { tag: el.tagName, width: style.outlineWidth, style: style.outlineStyle };
  });
  expect(outline.tag).toBe("BUTTON");
  expect(outline.style).not.toBe("none");
  expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
});

test.describe("preview and palette", () => {
  test.use({ viewport: desktop });

  test("a click opens the lead in a sheet over the list, j/k move through leads in it, a link opens the full page", async ({
    page,
    browser,
    request,
  }, testInfo) => {
    const tag = uniqueTag();
    const hook = await webhookUrl(browser);
    for (const n of [1, 2, 3])
      await postLead(request, hook, { last: `${tag}P${n}`, source: "SPZA", action: "PLT", offer: `e2e.${tag}` });
    await signIn(page, sales, `/leads?q=${tag}&sort=name&dir=asc`);
    await expect(bodyRows(page)).toHaveCount(3);
    await bodyRows(page).first().getByRole("cell").nth(3).click();
    const sheet = page.getByRole("dialog");
    await expect(sheet.getByRole("heading", { level: 1 })).toHaveText(`Eve ${tag}P1`);
    await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
    // The list stays underneath.
    await expect(page.getByRole("table", { name: "Leads", includeHidden: true })).toHaveCount(1);
    await keepScreenshot(page, testInfo, "preview");
    await page.keyboard.press("j");
    await expect(sheet.getByRole("heading", { level: 1 })).toHaveText(`Eve ${tag}P2`);
    await page.keyboard.press("k");
    await expect(sheet.getByRole("heading", { level: 1 })).toHaveText(`Eve ${tag}P1`);
    await page.keyboard.press("Escape");
    await expect(sheet).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/leads\\?q=${tag}`));

    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog").getByRole("heading", { level: 1 })).toHaveText(`Eve ${tag}P1`);
    await page.getByRole("link", { name: "Open full page" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Eve ${tag}P1`);
    await expect(page.getByRole("link", { name: "← Leads" })).toBeVisible();
  });

  test("⌘K finds a lead by company and opens it; it lists saved views and settings pages", async ({
    page,
    browser,
    request,
  }) => {
    const tag = uniqueTag();
    const hook = await webhookUrl(browser);
    await postLead(request, hook, {
      last: `${tag}Pal`,
      source: "SPZA",
      action: "PLT",
      offer: `e2e.${tag}`,
      company: `Fabrikam ${tag}`,
    });
    await signIn(page, admin, "/");
    await page.keyboard.press("Control+k");
    const palette = page.getByRole("dialog");
    await palette.getByRole("combobox").fill(`Fabrikam ${tag}`);
    const option = palette.getByRole("option", { name: new RegExp(`Eve ${tag}Pal`) });
    await expect(option).toBeVisible();
    await palette.getByRole("combobox").fill("");
    await expect(palette.getByRole("option", { name: "Settings · Destinations" })).toBeVisible();
    await expect(palette.getByRole("option", { name: "My open leads" })).toBeVisible();
    await palette.getByRole("combobox").fill(`Fabrikam ${tag}`);
    await option.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Eve ${tag}Pal`);
  });
});
