// No secret the server holds (AUTH_SECRET, ENCRYPTION_KEY, a webhook key, a
// destination's header value and signing secret — planted by e2e/serve.ts)
// may reach a browser or the log: every page as admin and as sales (with the
// planted destination's page and edit form, and its "Send test lead" result),
// the API answers, every file of the client bundle, and the server's log.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { recordFigures } from "../../tests/support/hardening-figures";
import { admin, sales } from "../support/accounts";
import { adminPages, salesPages } from "../support/app-pages";
import { readPlanted, serverLogFile, type PlantedSecrets } from "../support/planted";
import { signIn } from "../support/sign-in";
import { postLead, uniqueTag, webhookUrl } from "../support/webhook-key";

// Serial: the log is searched last. Slow machines: each page is rendered for real.
test.describe.configure({ mode: "serial", timeout: 240_000 });

/** Each planted value in the spellings a leak could take: as is, base64, base64url, hex, and raw key bytes. */
function needles(planted: PlantedSecrets): Map<string, string> {
  const forms = new Map<string, string>();
  const secrets: [string, string][] = [
    ["AUTH_SECRET", planted.authSecret],
    ["ENCRYPTION_KEY", planted.encryptionKey],
    ["webhook key", planted.webhookKey],
    ["destination header value", planted.destinationHeaderValue],
    ["destination signing secret", planted.destinationSigningSecret],
    ["alert channel URL", planted.alertChannelSecret],
  ];
  for (const [name, value] of secrets) {
    const bytes = Buffer.from(value);
    forms.set(value, name);
    forms.set(bytes.toString("base64").replace(/=+$/, ""), `${name} (base64)`);
    forms.set(bytes.toString("base64url"), `${name} (base64url)`);
    forms.set(bytes.toString("hex"), `${name} (hex)`);
    forms.set(encodeURIComponent(value), `${name} (URL-encoded)`);
  }
  // The encryption key is 64 hex characters: its 32 bytes in the other spellings.
  const key = Buffer.from(planted.encryptionKey, "hex");
  forms.set(key.toString("base64").replace(/=+$/, ""), "ENCRYPTION_KEY bytes (base64)");
  forms.set(key.toString("base64url"), "ENCRYPTION_KEY bytes (base64url)");
  forms.set(planted.encryptionKey.toUpperCase(), "ENCRYPTION_KEY (upper-case hex)");
  return forms;
}

const planted = readPlanted();
const forms = needles(planted);
const searched = { pages: 0, responses: 0, apiAnswers: 0, bundleFiles: 0, bundleBytes: 0, logBytes: 0 };

function expectNoSecret(text: string, where: string) {
  for (const [needle, name] of forms) expect(text.includes(needle), `${name} found in ${where}`).toBe(false);
}

/** Collects the body of every same-origin answer the page receives (documents, RSC payloads, action results). */
function collectResponses(page: Page): Promise<void>[] {
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith("/_next/static/")) return; // searched as files below
    pending.push(
      response
        .text()
        .then((body) => {
          searched.responses++;
          expectNoSecret(
            `${JSON.stringify(response.headers())}\n${body}`,
            `${response.request().method()} ${url.pathname}${url.search}`,
          );
        })
        .catch((error: unknown) => {
          // Bodies of redirects and of documents replaced by a navigation are not kept by the browser.
          if (!/redirect|No resource|No data found|Target closed|has been closed/i.test(String(error))) throw error;
        }),
    );
  });
  return pending;
}

async function searchPage(page: Page, where: string) {
  searched.pages++;
  expectNoSecret(await page.content(), `the HTML of ${where}`);
  const values = await page
    .locator("input, textarea, select")
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join("\n"));
  expectNoSecret(values, `the form fields of ${where}`);
}

let leadId: string;
test.beforeAll(async ({ browser, request }) => {
  leadId = await postLead(request, await webhookUrl(browser), {
    last: uniqueTag(),
    source: "AzurePortal",
    action: "INS",
    offer: "planted",
  });
});

test("no planted secret in any page, form, answer or action result, as admin and as sales", async ({ browser }) => {
  expect(forms.size).toBeGreaterThanOrEqual(15); // some spellings coincide (base64 and base64url)
  for (const [account, paths] of [
    [admin, adminPages({ leadId, destinationId: planted.destinationId, assignmentRuleId: planted.assignmentRuleId })],
    [sales, salesPages({ leadId })],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pending = collectResponses(page);
    await signIn(page, account);
    for (const p of paths) {
      await page.goto(p);
      await page.waitForLoadState("networkidle");
      await searchPage(page, `${p} as ${account.email}`);
    }
    if (account === admin) {
      // The planted destination's edit form shows that secrets are set, never their values.
      await page.goto(`/settings/destinations/${planted.destinationId}/edit`);
      await expect(page.getByRole("heading").first()).toBeVisible();
      await searchPage(page, "the planted destination's edit form");
      // "Send test lead" reports the request it sent (secrets masked) and the failure.
      await page.goto(`/settings/destinations/${planted.destinationId}`);
      await page.getByRole("button", { name: "Send test lead" }).click();
      const result = page.getByTestId("test-result");
      await expect(result).toBeVisible({ timeout: 30_000 });
      for (const details of await result.locator("details").all())
        await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
      const shown = (await result.textContent())!;
      expect(shown).toContain("X-Api-Key"); // the header is reported…
      expectNoSecret(shown, "the send-test result");
      await searchPage(page, "the planted destination's page after a test send");
    }
    await Promise.all(pending);
    await context.close();
  }
});

test("no planted secret in the API answers", async ({ page }) => {
  await signIn(page, admin);
  for (const p of [
    "/api/health",
    "/api/auth/session",
    "/api/auth/csrf",
    "/api/auth/providers",
    "/api/leads/export",
    "/api/leads/export?q=planted",
    "/api/auth/signout",
  ]) {
    const res = await page.request.get(p);
    expect(res.status(), p).toBeLessThan(400);
    searched.apiAnswers++;
    expectNoSecret(`${JSON.stringify(res.headers())}\n${await res.text()}`, `GET ${p}`);
  }
  // Refusals too: a wrong key, a revoked-looking key, a malformed body.
  for (const [url, data] of [
    ["/api/webhooks/marketplace/ldk_wrong", "{}"],
    [`/api/webhooks/marketplace/${planted.webhookKey}`, "{not json"],
  ] as const) {
    const res = await page.request.post(url, { data, headers: { "content-type": "application/json" } });
    searched.apiAnswers++;
    expectNoSecret(await res.text(), `POST ${url.replace(planted.webhookKey, "<planted key>")}`);
  }
});

test("no planted secret in any file of the client bundle", async () => {
  const root = path.join(process.cwd(), ".next", "static");
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const files = walk(root);
  expect(files.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(5);
  for (const file of files) {
    const text = fs.readFileSync(file, "latin1");
    searched.bundleFiles++;
    searched.bundleBytes += text.length;
    expectNoSecret(text, path.relative(process.cwd(), file));
  }
});

test("no planted secret in the server's log (after everything above, and the send test's failure)", async () => {
  const log = fs.readFileSync(serverLogFile, "utf8");
  expect(log.length).toBeGreaterThan(0);
  searched.logBytes = log.length;
  expectNoSecret(log, "test-results/e2e-server.log");
  recordFigures("web-security", {
    plantedSecrets: 5,
    spellingsSearched: forms.size,
    pagesSearched: searched.pages,
    responsesSearched: searched.responses,
    apiAnswersSearched: searched.apiAnswers,
    bundleFilesSearched: searched.bundleFiles,
    bundleBytes: searched.bundleBytes,
    serverLogBytes: searched.logBytes,
  });
});
