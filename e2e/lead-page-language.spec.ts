// The lead page, its preview sheet, triage and the unsubscribe page in European
// Portuguese and peninsular Spanish: the linguist account has no saved language,
// so each browser's own decides. Leads are posted (and the webhook key made) by
// an English browser first; only the linguist's context speaks the language.
import { randomUUID } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { unsubscribeToken } from "@/lib/alerts/unsubscribe-token";
import { linguist, sales } from "./support/accounts";
import { signInIn } from "./support/language";
import { readPlanted } from "./support/planted";
import { postLead, uniqueTag, webhookUrl } from "./support/webhook-key";

/** Words the lead page and the unsubscribe page showed in English before they were translated. */
const english = [
  "Customer",
  "What happened",
  "Customer history",
  "Deliveries",
  "Raw receipt",
  "Triage",
  "Activity",
  "First name",
  "Last name",
  "Phone",
  "Country",
  "Company",
  "Title",
  "Source",
  "Funnel stage",
  "Lead source as sent",
  "Received",
  "not given",
  "Contact me",
  "Got it now",
  "Status",
  "Owner",
  "Set status",
  "Assign",
  "Unassigned",
  "Add note",
  "Note",
  "No destination",
  "No response target",
  "First response due",
  "Due in",
  "Overdue",
  "System",
  "Open full page",
  "next and previous",
  "closes",
  "Unsubscribe",
  "not valid",
  "Stop",
];

const words = {
  "pt-PT": {
    headings: ["Cliente", "O que aconteceu", "Histórico do cliente", "Entregas", "Receção original", "Triagem"],
    meaning: "Contacte-me no AppSource",
    status: "Estado",
    setStatus: "Definir estado",
    contacted: "Contactado",
    statusSet: "Estado alterado para Contactado.",
    logStatus: "Estado Novo → Contactado",
    owner: "Responsável",
    assign: "Atribuir",
    ownerAssigned: "Responsável atribuído.",
    ownerShown: "Responsável: Sam Sales",
    logAssigned: `Atribuído a ${sales.email}`,
    note: "Nota",
    addNote: "Adicionar nota",
    noteAdded: "Nota adicionada.",
    log: "Registo de atividade",
    openFullPage: "Abrir página completa",
    unsubscribe: "Cancelar subscrição",
    invalidLink: "Esta ligação para cancelar a subscrição não é válida.",
    askChannel: "Deixar de enviar os alertas do Lead desk para este endereço?",
    askAssigned: 'Deixar de receber e-mails quando "me for atribuído um cliente potencial"?',
  },
  "es-ES": {
    headings: ["Cliente", "Qué ha pasado", "Historial del cliente", "Entregas", "Recepción original", "Gestión"],
    meaning: "Ponerse en contacto en AppSource",
    status: "Estado",
    setStatus: "Cambiar estado",
    contacted: "Contactado",
    statusSet: "Estado cambiado a Contactado.",
    logStatus: "Estado Nuevo → Contactado",
    owner: "Propietario",
    assign: "Asignar",
    ownerAssigned: "Propietario asignado.",
    ownerShown: "Propietario: Sam Sales",
    logAssigned: `Asignado a ${sales.email}`,
    note: "Nota",
    addNote: "Añadir nota",
    noteAdded: "Nota añadida.",
    log: "Registro de actividad",
    openFullPage: "Abrir página completa",
    unsubscribe: "Cancelar suscripción",
    invalidLink: "Este enlace para cancelar la suscripción no es válido.",
    askChannel: "¿Dejar de enviar las alertas de Lead desk a esta dirección?",
    askAssigned: '¿Dejar de recibir correos cuando "se me asigne un cliente potencial"?',
  },
} as const;

/**
 * The visible text of a region without what is shown as received: the raw body
 * and each delivery's record of what a CRM answered.
 */
/** A result the page reported as a toast. */
const toast = (page: Page, text: string) => page.locator("[data-sonner-toast]").filter({ hasText: text });

function shownText(region: Locator): Promise<string> {
  return region.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-testid=raw-body], [data-testid^='delivery-']").forEach((e) => e.remove());
    // innerText of a detached copy would ignore layout: attach it hidden to read it like the page.
    copy.style.position = "absolute";
    copy.style.left = "-10000px";
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}

async function expectNoEnglish(region: Locator) {
  const text = await shownText(region);
  const left = english.filter((word) => new RegExp(`\\b${word}\\b`).test(text));
  expect(left, text).toEqual([]);
}

for (const locale of ["pt-PT", "es-ES"] as const) {
  const w = words[locale];

  test(`the lead page and triage speak ${locale}`, async ({ browser, request }) => {
    const hook = await webhookUrl(browser);
    const tag = uniqueTag();
    const offer = `e2e.${tag}`;
    // Two leads of one customer: the page shows the other in the customer's history.
    await postLead(request, hook, { last: `${tag}Lang`, source: "AzureMarketplace", action: "INS", offer });
    const id = await postLead(request, hook, { last: `${tag}Lang`, source: "SPZA", action: "PLT", offer });

    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await signInIn(page, locale, linguist, `/leads/${id}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Eve ${tag}Lang`);
    for (const heading of w.headings) {
      await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await expect(page.getByTestId("lead-meaning")).toContainText(w.meaning);
    // Marketplace values as sent.
    await expect(page.getByTestId("raw-body")).toContainText(`"LeadSource":"SPZA-PLT|${offer}"`);
    await expect(page.locator("main")).toContainText(offer);
    await expectNoEnglish(page.locator("main"));

    // Triage: status, owner and a note, each answered and logged in the language.
    await page.getByLabel(w.status).selectOption("CONTACTED");
    await page.getByRole("button", { name: w.setStatus }).click();
    await expect(toast(page, w.statusSet)).toBeVisible();
    await expect(page.getByTestId("lead-status")).toHaveText(w.contacted);
    await page.getByLabel(w.owner).selectOption({ label: `Sam Sales (${sales.email})` });
    await page.getByRole("button", { name: w.assign, exact: true }).click();
    await expect(toast(page, w.ownerAssigned)).toBeVisible();
    await expect(page.getByTestId("lead-owner")).toHaveText(w.ownerShown);
    await page.getByLabel(w.note).fill(`Ligar ${tag}`);
    await page.getByRole("button", { name: w.addNote }).click();
    await expect(toast(page, w.noteAdded)).toBeVisible();
    const log = page.getByRole("list", { name: w.log });
    await expect(log).toContainText(w.logStatus);
    await expect(log).toContainText(w.logAssigned);
    await expect(log).toContainText(`${w.note}: Ligar ${tag}`);
    await expect(log).toContainText("Lia Linguist");
    await expectNoEnglish(page.locator("main"));

    // The same lead opened from the list shows in the preview sheet, in the language too.
    await page.goto(`/leads?q=${tag}`);
    await page
      .getByRole("link", { name: `Eve ${tag}Lang` })
      .first()
      .click();
    const sheet = page.getByTestId("lead-preview");
    await expect(sheet.getByRole("link", { name: w.openFullPage })).toBeVisible();
    await expect(sheet.getByRole("heading", { level: 2, name: w.headings[0], exact: true })).toBeVisible();
    await expectNoEnglish(sheet);
    await context.close();
  });

  test(`the unsubscribe page follows a ${locale} browser`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/unsubscribe?token=not-a-token");
    await expect(page.getByRole("heading", { name: w.unsubscribe })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: w.invalidLink })).toBeVisible();
    await expectNoEnglish(page.locator("main"));

    const key = Buffer.from(readPlanted().encryptionKey, "hex");
    const token = unsubscribeToken({ kind: "channel", channelId: randomUUID() }, key);
    await page.goto(`/unsubscribe?token=${encodeURIComponent(token)}`);
    await expect(page.locator("main")).toHaveAttribute("lang", locale);
    await expect(page.getByText(w.askChannel)).toBeVisible();
    await expect(page.getByRole("button", { name: w.unsubscribe })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${w.unsubscribe}`));
    await expectNoEnglish(page.locator("main"));

    // A user's link (a user without a saved language: the browser's decides) names the e-mail it stops.
    const userToken = unsubscribeToken({ kind: "user", userId: randomUUID(), preference: "mailAssigned" }, key);
    await page.goto(`/unsubscribe?token=${encodeURIComponent(userToken)}`);
    await expect(page.getByText(w.askAssigned)).toBeVisible();
    await expectNoEnglish(page.locator("main"));
    await context.close();
  });
}
