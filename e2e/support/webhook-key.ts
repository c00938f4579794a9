// A webhook URL for seeding leads, created the way an admin does it (in the
// Settings UI), once per worker; and a poster for marketplace-shaped leads.
import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, type Browser } from "@playwright/test";
import { admin } from "./accounts";
import { signIn } from "./sign-in";

let url: Promise<string> | undefined;

export function webhookUrl(browser: Browser): Promise<string> {
  url ??= (async () => {
    const context = await browser.newContext({ locale: "en-GB" }); // the labels below are English
    const page = await context.newPage();
    await signIn(page, admin, "/settings/webhooks");
    await page.getByLabel("Label").fill(`e2e leads ${Date.now()}`);
    await page.getByRole("button", { name: "Create key" }).click();
    const text = (await page.getByTestId("webhook-url").textContent())!.trim();
    await context.close();
    return text;
  })();
  return url;
}

/** A short lowercase tag: unique per test, searchable, and shared by its leads. */
export function uniqueTag(): string {
  return `t${randomBytes(5).toString("hex")}`;
}

export interface E2eLead {
  last: string;
  company?: string;
  source: "AzureMarketplace" | "AzurePortal" | "TestDrive" | "SPZA";
  action: "INS" | "PLT" | "Create" | "StartTestDrive" | "DNC";
  offer: string;
}

export async function postLead(request: APIRequestContext, hookUrl: string, lead: E2eLead): Promise<string> {
  const response = await request.post(hookUrl, {
    data: {
      UserDetails: {
        FirstName: "Eve",
        LastName: lead.last,
        Email: `${lead.last.toLowerCase()}@example.com`,
        Company: lead.company ?? "Contoso",
        Title: "Buyer",
        Country: "SE",
      },
      LeadSource: `${lead.source}-${lead.action}|${lead.offer}`,
      ActionCode: lead.action,
      OfferTitle: `Offer ${lead.offer}`,
    },
  });
  expect(response.status()).toBe(201);
  return String((await response.json()).id);
}
