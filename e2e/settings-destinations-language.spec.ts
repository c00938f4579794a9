// Settings → Webhook keys, Destinations and Failed receipts in Spanish and
// Portuguese: an admin whose browser asks for the language sees the pages, the
// inline validation, the toasts and the confirmations in it, and none of the
// English these pages say (messages/en.json's destinations, receipts, webhooks).
import { expect, test, type Page } from "@playwright/test";
import { admin } from "./support/accounts";
import { englishOnly, signInIn, type TestLocale } from "./support/language";

/** The English phrases of these pages that read differently in `locale` (several words, no ICU arguments). */
const englishLeftovers = (locale: TestLocale) =>
  englishOnly(locale, ["destinations", "receipts", "webhooks"]).filter((text) => text.includes(" "));

async function expectNoEnglish(page: Page, locale: TestLocale) {
  const text = await page.locator("main").innerText();
  expect(englishLeftovers(locale).filter((phrase) => text.includes(phrase))).toEqual([]);
}

test.describe("in Spanish", () => {
  test.use({ locale: "es-ES" });

  test("webhook keys: checks beside the field, a toast for the new key, a confirmation to revoke", async ({ page }) => {
    await signInIn(page, "es-ES", admin, "/settings/webhooks");
    await expect(page.getByRole("heading", { level: 1, name: "Claves de webhook" })).toBeVisible();
    await expectNoEnglish(page, "es-ES");

    // Nothing typed: the form says so beside the field, in Spanish, and sends nothing.
    await page.getByRole("button", { name: "Crear clave" }).click();
    const labelInput = page.getByLabel("Etiqueta", { exact: true });
    await expect(labelInput).toHaveAttribute("aria-invalid", "true");
    await expect(labelInput).toHaveAccessibleDescription("Obligatorio");

    const label = `Clave e2e ${Date.now()}`;
    await labelInput.fill(label);
    await page.getByRole("button", { name: "Crear clave" }).click();
    await expect(page.getByTestId("webhook-url")).toContainText("/api/webhooks/marketplace/ldk_");
    await expect(page.getByText(`Clave "${label}" creada.`)).toBeVisible();

    // The silence threshold: out of range is explained in place and keeps what was typed.
    const row = page.getByTestId(`key-${label}`);
    const days = row.getByLabel(`Días sin clientes potenciales antes de avisar, clave ${label}`);
    await days.fill("0");
    await row.getByRole("button", { name: "Guardar" }).click();
    await expect(days).toHaveAccessibleDescription("Entre 1 y 365 días.");
    await expect(days).toHaveValue("0");
    await days.fill("3");
    await row.getByRole("button", { name: "Guardar" }).click();
    await expect(page.getByText("Aviso tras 3 días sin clientes potenciales.")).toBeVisible();

    await row.getByRole("button", { name: "Revocar" }).click();
    const dialog = page.getByRole("alertdialog", {
      name: `¿Revocar "${label}"? Los clientes potenciales enviados con ella se rechazarán.`,
    });
    await dialog.getByRole("button", { name: "Revocar" }).click();
    await expect(
      page.getByText(`Clave "${label}" revocada: los envíos con ella se rechazan a partir de ahora.`),
    ).toBeVisible();
    await expect(row).toContainText("Revocada");
    await expectNoEnglish(page, "es-ES");
  });

  test("destinations: the list, the form with its fields' hints, the destination page, deleting it", async ({
    page,
  }) => {
    await signInIn(page, "es-ES", admin, "/settings/destinations");
    await expect(page.getByRole("heading", { level: 1, name: "Destinos" })).toBeVisible();
    await expectNoEnglish(page, "es-ES");

    await page.getByRole("link", { name: "Punto de conexión HTTPS" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Nuevo destino de Punto de conexión HTTPS" }),
    ).toBeVisible();
    await expect(
      page.getByText("La dirección que recibe un POST por cada cliente potencial.", { exact: false }),
    ).toBeVisible();
    await expectNoEnglish(page, "es-ES");

    // The form's own checks, in Spanish, before anything is sent; what was typed stays.
    const url = page.getByLabel("URL del punto de conexión");
    await url.fill("no es una dirección");
    await page.getByRole("button", { name: "Crear destino" }).click();
    await expect(page.getByLabel("Nombre", { exact: true })).toHaveAccessibleDescription("Obligatorio");
    await expect(url).toHaveAccessibleDescription(/Escribe una dirección completa que empiece por https:\/\//);
    await expect(url).toHaveValue("no es una dirección");

    const name = `Destino e2e ${Date.now()}`;
    await page.getByLabel("Nombre", { exact: true }).fill(name);
    // The server's own check (the SSRF guard) lands beside the field too, and the field takes the focus.
    await url.fill("http://169.254.169.254/latest/meta-data");
    await page.getByRole("button", { name: "Crear destino" }).click();
    await expect(url).toHaveAttribute("aria-invalid", "true");
    await expect(url).toBeFocused();
    await expect(url).toHaveValue("http://169.254.169.254/latest/meta-data");
    await url.fill("http://127.0.0.1:9/ganchos");
    // Disabled, so leads other tests post meanwhile are not queued for it.
    await page.getByRole("checkbox", { name: "Activado" }).uncheck();
    await page.getByRole("button", { name: "Crear destino" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText(`Destino "${name}" creado.`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name })).toContainText("Desactivado");
    await expect(page.getByRole("heading", { name: "Registro de entregas" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Editar configuración" })).toBeVisible();
    await expectNoEnglish(page, "es-ES");

    await page.getByRole("button", { name: "Eliminar" }).click();
    await page
      .getByRole("alertdialog", { name: `¿Eliminar "${name}" y su registro de entregas?` })
      .getByRole("button", { name: "Eliminar" })
      .click();
    await expect(page.getByText("Destino eliminado. No había nada pendiente de enviar a él.")).toBeVisible();
  });
});

test.describe("in Portuguese", () => {
  test.use({ locale: "pt-PT" });

  test("failed receipts and the destination form read in European Portuguese", async ({ page }) => {
    // A body that is no lead, posted with a key created in Portuguese.
    await signInIn(page, "pt-PT", admin, "/settings/webhooks");
    await expect(page.getByRole("heading", { level: 1, name: "Chaves de webhook" })).toBeVisible();
    await page.getByLabel("Etiqueta", { exact: true }).fill(`Chave e2e ${Date.now()}`);
    await page.getByRole("button", { name: "Criar chave" }).click();
    const hook = (await page.getByTestId("webhook-url").textContent())!.trim();
    const bad = await page.request.post(hook, {
      data: Buffer.from('{"UserDetails": {"FirstName": "Quebrado",}'),
      headers: { "content-type": "application/json" },
    });
    expect(bad.status()).toBe(400);
    const { receiptId } = (await bad.json()) as { receiptId: string };

    await page.goto("/settings/receipts");
    await expect(page.getByRole("heading", { level: 1, name: "Receções falhadas" })).toBeVisible();
    const receipt = page.getByTestId(`receipt-${receiptId}`);
    await expect(receipt).toContainText("Corpo mal formado");
    await receipt.getByText("Corpo em bruto").click();
    await expect(receipt).toContainText('"FirstName": "Quebrado",}');
    await expectNoEnglish(page, "pt-PT");
    // Reprocessing it fails again: said in a toast and kept beside the button.
    await receipt.getByRole("button", { name: "Processar novamente" }).click();
    await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Continua a falhar (400)" })).toBeVisible();
    await expect(receipt.getByRole("alert")).toContainText("Continua a falhar (400)");

    await page.goto("/settings/destinations/new?kind=DYNAMICS");
    await expect(page.getByRole("heading", { level: 1, name: "Novo destino Dynamics 365" })).toBeVisible();
    await expect(page.getByLabel("ID do Diretório (inquilino)")).toBeVisible();
    await expect(page.getByText("Que clientes potenciais reencaminhar")).toBeVisible();
    await expect(page.getByRole("group", { name: "Fases do funil" })).toContainText("Interesse inicial");
    await expectNoEnglish(page, "pt-PT");
  });
});
