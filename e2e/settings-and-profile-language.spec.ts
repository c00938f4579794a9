// Settings (index, users, assignment, notifications) and the profile in Portuguese and Spanish:
// each page has its translated heading and none of its English words left; the forms check
// their fields inline and keep what was typed when the server refuses it.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { admin } from "./support/accounts";
import { plantedFile, type PlantedSecrets } from "./support/planted";
import { englishOnly, signInIn, type TestLocale } from "./support/language";
import { signIn } from "./support/sign-in";

// The namespaces these pages read; the data they show (names, e-mails, rule and channel names) is not theirs:
// the seeded accounts' and channel's names are taken out before looking.
const namespaces = ["settings", "users", "assignment", "notifications", "profile", "common", "domain"];
// Marketplace values are shown as sent: the source "Test Drive", the action codes beside their meaning.
const shownAsSent = ["Sam Sales", "Ina Active", "Lia Linguist", "Planted channel", "Test Drive", "Create —"];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** English left on the page: its own words, not the data it lists (the alert log's subjects are the alerts'). */
async function englishLeft(page: Page, locale: TestLocale): Promise<string[]> {
  const text = await page.locator("main").evaluate((main: HTMLElement, names) => {
    // innerText needs the page's layout (it separates blocks and cells): hide the log, read, show it again.
    const log = [...main.querySelectorAll<HTMLElement>("[data-testid=alert-log] tbody")];
    log.forEach((n) => (n.hidden = true));
    const placeholders = [...main.querySelectorAll("[placeholder]")].map((n) => n.getAttribute("placeholder"));
    const shown = `${main.innerText}\n${placeholders.join("\n")}`;
    log.forEach((n) => (n.hidden = false));
    return names.reduce((t, name) => t.replaceAll(name, ""), shown);
  }, shownAsSent);
  return englishOnly(locale, namespaces).filter((english) =>
    new RegExp(`(^|[^\\p{L}])${escape(english)}($|[^\\p{L}])`, "u").test(text),
  );
}

const planted = () => JSON.parse(fs.readFileSync(plantedFile, "utf8")) as PlantedSecrets;

const pages = {
  "pt-PT": {
    "/settings": "Definições",
    "/settings/users": "Utilizadores",
    "/settings/assignment": "Atribuição",
    "/settings/notifications": "Notificações",
    "/profile": "Perfil",
  },
  "es-ES": {
    "/settings": "Configuración",
    "/settings/users": "Usuarios",
    "/settings/assignment": "Asignación",
    "/settings/notifications": "Notificaciones",
    "/profile": "Perfil",
  },
} as const;

for (const locale of ["pt-PT", "es-ES"] as const) {
  test.describe(locale, () => {
    // The admin has no saved language: the browser's decides.
    test.use({ locale });

    test(`settings and profile pages are in ${locale}, with no English label left`, async ({ page }) => {
      await signInIn(page, locale, admin);
      const edit = `/settings/assignment/${planted().assignmentRuleId}`;
      for (const [path, heading] of [...Object.entries(pages[locale]), [edit, null] as const]) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        if (heading) await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        else await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
        expect(await englishLeft(page, locale), path).toEqual([]);
      }
    });
  });
}

test.describe("es-ES forms", () => {
  test.use({ locale: "es-ES" });

  test("a user added is a toast in Spanish; a password reset asks first, then shows the one-time password", async ({
    page,
  }) => {
    await signInIn(page, "es-ES", admin);
    await page.goto("/settings/users");
    const email = `es-${Date.now()}@e2e.test`;
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByRole("button", { name: "Añadir usuario" }).click();
    await expect(page.getByText(`Se ha añadido ${email}.`)).toBeVisible();
    await expect(page.getByTestId("generated-password")).not.toBeEmpty();

    const row = page.getByTestId(`user-${email}`);
    await row.getByRole("button", { name: "Restablecer contraseña" }).click();
    const dialog = page.getByRole("alertdialog", { name: `¿Restablecer la contraseña de ${email}?` });
    await expect(dialog.getByRole("button", { name: "Cancelar" })).toBeFocused();
    await dialog.getByRole("button", { name: "Restablecer contraseña" }).click();
    await expect(
      page.getByText(`${email} tendrá que elegir una contraseña nueva en su próximo inicio de sesión.`),
    ).toBeVisible();
    await expect(row.getByTestId("reset-password")).not.toBeEmpty();
  });
});

test("forms check fields inline before sending and keep what was typed when the server refuses", async ({ page }) => {
  await signIn(page, admin, "/settings/notifications");
  const name = page.getByLabel("Name");
  const target = page.getByLabel("Webhook URL or e-mail address");
  // Nothing typed: the browser's check, shown beside the field, which takes the focus.
  await page.getByRole("button", { name: "Add channel" }).click();
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#channel-name-error")).not.toBeEmpty();
  await name.fill(`Inline ${Date.now()}`);
  await expect(name).not.toHaveAttribute("aria-invalid", "true");

  // A URL the server refuses: its message beside the field, everything typed still there.
  await target.fill("ftp://example.com/not-a-webhook");
  const typedName = await name.inputValue();
  await page.getByRole("button", { name: "Add channel" }).click();
  await expect(page.locator("#channel-target-error")).not.toBeEmpty();
  await expect(target).toHaveAttribute("aria-invalid", "true");
  await expect(target).toHaveValue("ftp://example.com/not-a-webhook");
  await expect(name).toHaveValue(typedName);
  await expect(page.locator("[data-slot=alert][role=alert]")).toBeVisible();
});
