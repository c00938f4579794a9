// The lead list, the overview, the ⌘K palette and the error pages in European
// Portuguese and peninsular Spanish: the browser asks for the language (the
// linguist account keeps no saved choice here), every label is translated and
// none of the English the screens used to show is left.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { linguist } from "./support/accounts";
import { signInIn, type TestLocale } from "./support/language";
import { postLead, uniqueTag, webhookUrl } from "./support/webhook-key";

/** English phrases these screens showed before (lead values such as "Contoso" or "Offer …" are data, not labels). */
const english = [
  /\bOverview\b/,
  /\bNew today\b/,
  /\bUnassigned\b/,
  /\bDo not contact\b/,
  /\bLeads per day\b/,
  /\bTime to first response\b/,
  /\bLast (7|30) days\b/,
  /\bMedian\b/,
  /\bIn time\b/,
  /\bPer (owner|source)\b/,
  /\bAll leads\b/,
  /\b\d+ leads?\b/,
  /\bChange all matching\b/,
  /\bExport CSV\b/,
  /\bColumns\b/,
  /\bReceived\b/,
  /\bFunnel stage\b/,
  /\bCompany\b/,
  /\bOwner\b/,
  /\bStatus\b/,
  /\bPrevious\b/,
  /\bNext\b/,
  /\bper page\b/,
  /\bSaved views?\b/,
  /\bSave view\b/,
  /\bNew and unassigned\b/,
  /\bMy open leads\b/,
  /\bInitial interest\b/,
  /\bmove\b.*\bopens\b/,
  /\bSearch\b/,
  /\bSettings\b/,
  /\bSign out\b/,
];

async function expectNoEnglish(page: Page) {
  const text = await page.locator("body").innerText();
  for (const phrase of english) expect(text, `English left: ${phrase}`).not.toMatch(phrase);
}

async function signInAs(browser: Browser, locale: TestLocale) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await signInIn(page, locale, linguist);
  return { page, close: () => context.close() };
}

test("European Portuguese: overview, lead list with a filter and a bulk change, palette, error pages", async ({
  browser,
  request,
}) => {
  const tag = uniqueTag();
  const hook = await webhookUrl(browser);
  const offer = `e2e.${tag}`;
  await postLead(request, hook, { last: `${tag}Ativo`, source: "SPZA", action: "PLT", offer });
  await postLead(request, hook, { last: `${tag}Market`, source: "AzureMarketplace", action: "INS", offer });

  const { page, close } = await signInAs(browser, "pt-PT");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Descrição geral" })).toBeVisible();
  await expect(page.getByTestId("stat-new-today")).toContainText("Novos hoje");
  await expect(page.getByRole("img", { name: /^Clientes potenciais por dia e fase do funil/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tempo até à primeira resposta" })).toBeVisible();
  await expect(page.getByTestId("response-times")).toContainText("Todos os clientes potenciais");
  await expect(page.getByRole("button", { name: "Tema" })).toBeVisible();
  await expectNoEnglish(page);

  await page.goto(`/leads?q=${tag}`);
  await expect(page).toHaveTitle(/^Clientes potenciais/);
  await expect(page.getByRole("heading", { level: 1, name: "Clientes potenciais" })).toBeVisible();
  const table = page.getByRole("table", { name: "Clientes potenciais" });
  await expect(table.getByRole("row", { name: new RegExp(tag, "i") })).toHaveCount(2);
  await expect(page.getByTestId("lead-count")).toHaveText("2 clientes potenciais");
  for (const header of ["Nome", "Recebido", "Empresa", "Origem", "Fase", "Estado", "Responsável", "Prazo"])
    await expect(table.getByRole("columnheader", { name: header, exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Vistas guardadas" })).toContainText("Novos e sem responsável");
  await expect(page.getByRole("navigation", { name: "Páginas" })).toContainText("1–2 de 2");
  await expect(page.getByRole("searchbox", { name: "Pesquisar clientes potenciais" })).toHaveValue(tag);

  // A filter: its menu, its options (stages in Portuguese, counted) and the narrowed list.
  await page.getByRole("search").getByRole("button", { name: "Fase do funil" }).click();
  const stages = page.getByRole("group", { name: "Filtro: Fase do funil" });
  await stages.getByRole("checkbox", { name: /^Ativo\s*\d+$/ }).check();
  await expect(page).toHaveURL(/stage=ACTIVE/);
  await page.keyboard.press("Escape");
  await expect(table.getByRole("row", { name: new RegExp(tag, "i") })).toHaveCount(1);
  await expect(page.getByTestId("lead-count")).toHaveText("1 cliente potencial");
  await expect(page.getByRole("button", { name: "Limpar filtros" })).toBeVisible();
  await expectNoEnglish(page);

  // A bulk change, answered by the server action in Portuguese.
  await table.getByRole("checkbox", { name: new RegExp(`^Selecionar Eve ${tag}Ativo`, "i") }).check();
  const bulk = page.getByRole("form", { name: "Alteração em massa" });
  await bulk.getByLabel("Novo estado").selectOption("QUALIFIED");
  await bulk.getByRole("button", { name: "Aplicar a 1 selecionado" }).click();
  await expect(page.getByText("1 cliente potencial atualizado.")).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(tag, "i") })).toContainText("Qualificado");

  // Saving and deleting a view: the actions answer in Portuguese too.
  await page.getByLabel("Nome da vista").fill(tag);
  await page.getByRole("button", { name: "Guardar vista" }).click();
  await expect(page.getByText(`Vista «${tag}» guardada.`)).toBeVisible();
  await page.getByRole("button", { name: `Eliminar a vista ${tag}` }).click();
  await expect(page.getByText("Vista eliminada.")).toBeVisible();
  await expect(page.getByRole("link", { name: tag, exact: true })).toHaveCount(0);

  // The palette: its groups and a lead found by the list's own search.
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Ir para um cliente potencial, uma vista ou uma página" });
  await expect(palette.getByRole("group", { name: "Páginas" })).toContainText("Descrição geral");
  await expect(palette.getByRole("group", { name: "Vistas guardadas" })).toContainText("Os meus clientes potenciais");
  await palette.getByRole("combobox").fill(tag);
  const found = palette.getByRole("group", { name: "Clientes potenciais" }).getByRole("option");
  await expect(found.filter({ hasText: new RegExp(`${tag}Ativo`, "i") })).toBeVisible();
  await page.keyboard.press("Escape");

  // A sales user asking for settings, and an address with nothing at it.
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Apenas administradores" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Voltar aos clientes potenciais" })).toBeVisible();
  await page.goto(`/nothing-here-${tag}`);
  await expect(page.getByRole("heading", { name: "Página não encontrada" })).toBeVisible();
  await close();
});

test("peninsular Spanish: lead list, its filters and the overview", async ({ browser, request }) => {
  const tag = uniqueTag();
  const hook = await webhookUrl(browser);
  await postLead(request, hook, { last: `${tag}Uno`, source: "AzureMarketplace", action: "INS", offer: `e2e.${tag}` });

  const { page, close } = await signInAs(browser, "es-ES");
  await page.goto(`/leads?q=${tag}`);
  await expect(page.getByRole("heading", { level: 1, name: "Clientes potenciales" })).toBeVisible();
  const table = page.getByRole("table", { name: "Clientes potenciales" });
  await expect(table.getByRole("row", { name: new RegExp(tag, "i") })).toHaveCount(1);
  await expect(page.getByTestId("lead-count")).toHaveText("1 cliente potencial");
  for (const header of ["Nombre", "Recibido", "Origen", "Etapa", "Estado", "Propietario", "Vence"])
    await expect(table.getByRole("columnheader", { name: header, exact: true })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(tag, "i") })).toContainText("Interés inicial");
  await expect(page.getByRole("navigation", { name: "Vistas guardadas" })).toContainText("Nuevos y sin asignar");
  await expect(page.getByRole("button", { name: "Cambiar todos los que coinciden…" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Exportar CSV" })).toBeVisible();

  await page.getByRole("search").getByRole("button", { name: "Más", exact: true }).click();
  await expect(page.getByRole("group", { name: "Más filtros" })).toContainText("Entregas con errores");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Columnas" }).click();
  await expect(page.getByRole("group", { name: "Columnas" }).getByRole("checkbox", { name: "Teléfono" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Plazo de respuesta")).toContainText("Cualquier respuesta");
  await expectNoEnglish(page);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Información general" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tiempo hasta la primera respuesta" })).toBeVisible();
  await expect(page.getByTestId("stat-unassigned")).toContainText("Abiertos sin asignar");
  await expectNoEnglish(page);
  await close();
});
