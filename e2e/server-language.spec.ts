// What the server says, in European Portuguese and peninsular Spanish: a server
// action's validation errors (the form's message and the field's), an alert
// channel set to a language and a time zone, and the CSV export's header row
// (and its stable machine names with ?headers=keys). The admin has no saved
// language, so each browser's own decides. Words come from messages/*.json.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import type en from "../messages/en.json";
import { admin } from "./support/accounts";
import { signInIn } from "./support/language";
import { uniqueTag } from "./support/webhook-key";

for (const locale of ["pt-PT", "es-ES"] as const) {
  test.describe(locale, () => {
    test.use({ locale });
    const m = JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8")) as typeof en;

    const signIn = (page: Page, path: string) => signInIn(page, locale, admin, path);

    test("a refused form says why in the viewer's language; a channel keeps its own language", async ({ page }) => {
      const name = `Canal ${uniqueTag()}`;
      await signIn(page, "/settings/notifications");
      await page.getByLabel(m.notifications.kind).selectOption("EMAIL");
      await page.getByLabel(m.common.name, { exact: true }).fill(name);
      await page.getByLabel(m.notifications.target).fill("not-an-address");
      await page.getByRole("button", { name: m.notifications.addChannel }).click();
      await expect(page.getByText(m.common.correctFields).first()).toBeVisible();
      await expect(page.getByText(m.errors.channelEmail)).toBeVisible();

      await page.getByLabel(m.notifications.target).fill(`team-${uniqueTag()}@example.com`);
      await page.getByLabel(m.alerts.channelLanguage).selectOption("es-ES");
      await page.getByLabel(m.alerts.channelTimeZone).selectOption("Europe/Madrid");
      await page.getByRole("button", { name: m.notifications.addChannel }).click();
      await expect(page.getByTestId(`channel-${name}`)).toBeVisible();
    });

    test("the CSV export's header row is in the viewer's language, or machine names on request", async ({ page }) => {
      await signIn(page, "/leads");
      const read = async (query: string) => {
        const res = await page.request.get(`/api/leads/export?${query}`, { headers: { "accept-language": locale } });
        expect(res.status()).toBe(200);
        return (await res.text()).replace(/^\uFEFF/, "").split("\r\n")[0];
      };
      const csv = m.csv;
      expect(await read("q=none-such")).toMatch(
        new RegExp(`^"${csv.receivedAt}","${csv.firstName}","${csv.lastName}",`),
      );
      expect(await read("q=none-such&headers=keys")).toMatch(/^"received_at","first_name","last_name","email",/);
    });
  });
}
