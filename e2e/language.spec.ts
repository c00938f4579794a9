import { expect, test } from "@playwright/test";
import { switcher } from "./support/accounts";

// The browser asks for European Portuguese: the sign-in page and the app answer in it.
test.use({ locale: "pt-PT" });

test("the sign-in page follows the browser, and a user's choice of language sticks", async ({ page }) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-PT");
  await expect(page.getByRole("heading", { name: "Iniciar sessão no Lead desk" })).toBeVisible();

  await page.getByLabel("E-mail").fill(switcher.email);
  await page.getByLabel("Palavra-passe").fill("not-the-password");
  await page.getByRole("button", { name: "Iniciar sessão", exact: true }).click();
  await expect(page.getByText("Esse e-mail e essa palavra-passe não correspondem a uma conta ativa.")).toBeVisible();

  await page.getByLabel("Palavra-passe").fill(switcher.password);
  await page.getByRole("button", { name: "Iniciar sessão", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  const nav = page.getByRole("navigation", { name: "Principal" });
  await expect(nav.getByRole("link", { name: "Clientes potenciais" })).toBeVisible();

  // Spanish from the user menu: saved on the user, so it outlives the browser's preference.
  await page.getByLabel("Menu do utilizador").click();
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es-ES");
  await expect(
    page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Información general" }),
  ).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "es-ES");
  await page.getByLabel("Menú de usuario").click();
  await expect(page.getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");

  // Handing the choice back to the browser returns to Portuguese.
  await page.getByRole("button", { name: "Idioma del navegador" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-PT");
  await expect(
    page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Descrição geral" }),
  ).toBeVisible();
});
