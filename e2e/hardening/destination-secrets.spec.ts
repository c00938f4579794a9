// Issue 15 item 6: a destination's stored secrets never follow an edited
// address. Pointing an HTTPS destination at another origin with its header
// left blank is refused with the fields to fill in again, nothing is stored,
// and the stored Authorization header still goes only to the original
// receiver; entered again, the new value goes to the new one.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { admin } from "../support/accounts";
import { signIn } from "../support/sign-in";

async function startReceiver() {
  const authorizations: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    authorizations.push(req.headers.authorization);
    req.resume().on("end", () => res.writeHead(200, { "Content-Type": "application/json" }).end("{}"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    authorizations,
    close: () => new Promise((r) => server.close(r)),
  };
}

test("stored secrets are not sent to an edited address until entered again", async ({ page }) => {
  const [first, second] = [await startReceiver(), await startReceiver()];
  const secret = `Bearer stored-${Date.now()}`;
  try {
    await signIn(page, admin, "/settings/destinations/new?kind=HTTPS");
    await page.getByLabel("Name").fill(`Moved ${Date.now()}`);
    await page.getByLabel("Endpoint URL").fill(`${first.url}/hook`);
    await page.getByLabel("Extra headers (optional)").fill(`Authorization: ${secret}`);
    await page.getByRole("button", { name: "Create destination" }).click();
    await expect(page).toHaveURL(/\/settings\/destinations\/[0-9a-f-]{36}$/);
    const detail = page.url();

    const sendTest = async () => {
      await page.goto(detail);
      await page.getByRole("button", { name: "Send test lead" }).click();
      await expect(page.getByTestId("test-result")).toBeVisible({ timeout: 30_000 });
    };
    const edit = async (url: string, headers: string) => {
      await page.goto(`${detail}/edit`);
      await page.getByLabel("Endpoint URL").fill(url);
      await page.getByLabel("Extra headers (optional)").fill(headers);
      await page.getByRole("button", { name: "Save changes" }).click();
    };

    // A new path on the same origin keeps the stored header.
    await edit(`${first.url}/other-hook`, "Authorization: ");
    await expect(page.getByText(/saved/)).toBeVisible();
    // Another origin with the header left blank: refused, the header named, nothing stored.
    await edit(`${second.url}/hook`, "Authorization: ");
    await expect(page.getByText(/Enter this again: Endpoint URL changed/)).toBeVisible();
    await sendTest();
    // The destination is enabled, so leads other tests post meanwhile are delivered too: compare
    // which values reached each address, not how many requests.
    const sent = (receiver: { authorizations: (string | undefined)[] }) => [...new Set(receiver.authorizations)];
    expect(second.authorizations).toEqual([]);
    expect(sent(first)).toEqual([secret]);

    // Entered again: the new value goes to the new address, the old one nowhere.
    await edit(`${second.url}/hook`, "Authorization: Bearer new-value");
    await expect(page.getByText(/saved/)).toBeVisible();
    await sendTest();
    expect(sent(second)).toEqual(["Bearer new-value"]);
    expect(sent(first)).toEqual([secret]);
  } finally {
    await first.close();
    await second.close();
  }
});
