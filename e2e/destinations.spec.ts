// An admin sets up an HTTPS destination pointing at a receiver this test
// runs on 127.0.0.1 (the e2e server allows it via OUTBOUND_ALLOW_HOSTS),
// sends a test lead, and watches a webhook lead get delivered by the in-app worker.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { admin, sales } from "./support/accounts";
import { signIn } from "./support/sign-in";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ headers: req.headers, body: JSON.parse(body) as Record<string, unknown> });
      res
        .writeHead(200, { "Content-Type": "application/json" })
        .end(JSON.stringify({ received: true, by: "e2e-receiver" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((r) => server.close(r)),
  };
}

test("an admin creates an HTTPS destination, sends a test lead, and a webhook lead is delivered", async ({ page }) => {
  const receiver = await startReceiver();
  const name = `E2E receiver ${Date.now()}`;
  const headerSecret = `e2e-header-secret-${Date.now()}`;
  const signingSecret = `whsec-e2e-signing-${Date.now()}`;
  try {
    await signIn(page, admin, "/settings");
    await page.getByRole("link", { name: "Manage destinations" }).click();
    // e2e/serve.ts sets ENCRYPTION_KEY, so no notice about a generated key file.
    await expect(page.getByRole("heading", { name: "Destinations" })).toBeVisible();
    await expect(page.getByTestId("key-notice")).toHaveCount(0);
    await page.getByRole("link", { name: "HTTPS endpoint" }).click();
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Endpoint URL").fill(`${receiver.url}/hooks/leads`);
    await page.getByLabel("Extra headers (optional)").fill(`Authorization: Bearer ${headerSecret}`);
    await page.getByLabel("Signing secret (optional)").fill(signingSecret);
    await page.getByRole("button", { name: "Create destination" }).click();
    await expect(page).toHaveURL(/\/settings\/destinations\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name })).toBeVisible();

    // Secrets are write-only: neither this page nor the edit form carries them.
    expect(await page.content()).not.toContain(headerSecret);
    const detailUrl = page.url();
    await page.getByRole("link", { name: "Edit settings" }).click();
    await expect(page.getByLabel("Endpoint URL")).toHaveValue(`${receiver.url}/hooks/leads`);
    await expect(page.getByLabel("Extra headers (optional)")).toHaveValue("Authorization: ");
    const editHtml = await page.content();
    expect(editHtml).not.toContain(headerSecret);
    expect(editHtml).not.toContain(signingSecret);
    await page.goto(detailUrl);

    // Send test lead: the receiver's own answer is shown in place.
    await page.getByRole("button", { name: "Send test lead" }).click();
    const result = page.getByTestId("test-result");
    await expect(result).toContainText("Delivered");
    await expect(result).toContainText("HTTP 200");
    await expect(result).toContainText(/\d+ ms/);
    await expect(page.getByTestId("test-response")).toContainText('"by":"e2e-receiver"');
    await result.getByText("Request sent (secrets masked)").click();
    await expect(result).toContainText("Authorization: Bearer ***");
    expect(await page.content()).not.toContain(headerSecret);
    // Leads other tests post meanwhile are delivered here too (the destination is enabled): one test lead.
    const email = (r: (typeof receiver.received)[number]) =>
      String((r.body.UserDetails as Record<string, string>).Email);
    const testLeads = receiver.received.filter((r) => email(r).startsWith("MSFT_TEST_"));
    expect(testLeads).toHaveLength(1);
    expect(email(testLeads[0]!)).toMatch(/^MSFT_TEST_\d+@test\.com$/);
    expect(testLeads[0]!.headers.authorization).toBe(`Bearer ${headerSecret}`);

    // A lead posted to the webhook is delivered by the in-app worker.
    await page.goto("/settings/webhooks");
    await page.getByLabel("Label").fill(`Destinations e2e ${Date.now()}`);
    await page.getByRole("button", { name: "Create key" }).click();
    const webhookUrl = (await page.getByTestId("webhook-url").textContent())!.trim();
    const lastName = `Delivered-${Date.now()}`;
    const posted = await page.request.post(webhookUrl, {
      data: {
        UserDetails: { FirstName: "Ada", LastName: lastName, Email: `${lastName}@contoso.com`, Company: "Contoso" },
        LeadSource: "SPZA-PLT|contoso.sample-offer",
        ActionCode: "PLT",
        OfferTitle: "Contoso Sample Offer",
      },
    });
    expect(posted.status()).toBe(201);
    const leadId = String((await posted.json()).id);

    await expect
      .poll(() => receiver.received.filter((r) => r.body.LeadId === leadId).length, { timeout: 20_000 })
      .toBe(1);
    const delivered = receiver.received.find((r) => r.body.LeadId === leadId)!;
    expect(delivered.body).toMatchObject({
      LeadSource: "SPZA-PLT|contoso.sample-offer",
      ActionCode: "PLT",
      UserDetails: { LastName: lastName },
    });
    expect(delivered.headers["x-leaddesk-signature"]).toMatch(/^sha256=[0-9a-f]{64}$/);

    await page.goto(detailUrl);
    const row = page.getByTestId(`delivery-${leadId}`);
    await expect(row).toContainText("Delivered");
    await expect(row).toContainText("HTTP 200");
    await page.goto(`${detailUrl}?state=DELIVERED`);
    await expect(page.getByTestId(`delivery-${leadId}`)).toBeVisible();
    await page.goto(`${detailUrl}?state=DEAD`);
    await expect(page.getByTestId(`delivery-${leadId}`)).toHaveCount(0);

    // The lead's own page shows the delivery too.
    await page.goto(`/leads/${leadId}`);
    await expect(page.getByTestId(`delivery-${name}`)).toContainText("delivered");

    // Deleting asks first and says what became of the queue.
    await page.goto(detailUrl);
    await page.getByRole("button", { name: "Delete" }).click();
    await page
      .getByRole("alertdialog", { name: /^Delete ".*" and its delivery log\?/ })
      .getByRole("button", { name: "Delete" })
      .click();
    // This destination takes every lead, and other tests post leads meanwhile: some may still be
    // waiting, and the page says how many the server cancelled.
    await expect(page).toHaveURL(/\/settings\/destinations\?deleted=1&cancelled=\d+$/);
    const cancelled = Number(new URL(page.url()).searchParams.get("cancelled"));
    await expect(
      page.getByText(
        cancelled === 0
          ? "Destination deleted. Nothing was waiting to be sent to it."
          : `Destination deleted. ${cancelled} pending ${cancelled === 1 ? "delivery was" : "deliveries were"} cancelled.`,
      ),
    ).toBeVisible();
    await expect(page.getByTestId(`destination-${name}`)).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});

test("the SSRF guard refuses a private address the server was not told to allow", async ({ page }) => {
  await signIn(page, admin, "/settings/destinations/new?kind=HTTPS");
  await page.getByLabel("Name").fill(`Metadata ${Date.now()}`);
  await page.getByLabel("Endpoint URL").fill("http://169.254.169.254/latest/meta-data");
  await page.getByRole("button", { name: "Create destination" }).click();
  await expect(page.getByText(/Blocked outbound request to 169\.254\.169\.254: link-local/)).toBeVisible();
  await expect(page).toHaveURL(/\/new\?kind=HTTPS$/);
  // The form kept what was typed.
  await expect(page.getByLabel("Endpoint URL")).toHaveValue("http://169.254.169.254/latest/meta-data");
});

test("destinations are for admins only", async ({ page }) => {
  await signIn(page, sales, "/settings/destinations");
  await expect(page).toHaveURL(/\/forbidden/);
});
