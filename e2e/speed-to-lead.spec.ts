// Speed to lead in the browser: an admin creates a Slack alert channel (a
// receiver this test runs on 127.0.0.1, which the e2e server allows) and an
// assignment rule with a response target; a posted lead gets its owner and
// clock at once and its alert reaches Slack; the owner marks it contacted, the
// clock stops, and the overview counts the response.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { admin, sales } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { uniqueTag, webhookUrl } from "./support/webhook-key";

/** Answers as a Slack incoming webhook does (200 "ok") and keeps each JSON body. */
async function startSlackReceiver() {
  const bodies: { path: string; json: { text: string; blocks: { type: string; elements?: { url: string }[] }[] } }[] =
    [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      bodies.push({ path: req.url ?? "", json: JSON.parse(body) });
      res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, bodies, close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))) };
}

test("a rule assigns a posted lead and starts its clock; contacting it stops the clock and the overview counts it", async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const tag = uniqueTag();
  const slack = await startSlackReceiver();
  const channel = `Slack ${tag}`;
  await signIn(page, admin, "/settings/notifications");
  await page.getByLabel("Kind").selectOption("SLACK");
  await page.getByLabel("Name").fill(channel);
  await page.getByLabel("Webhook URL or e-mail address").fill(`${slack.url}/services/T0/B0/${tag}`);
  const events = page.getByRole("group", { name: "Events" });
  await events.getByRole("checkbox", { name: "Lead assigned" }).check();
  for (const other of ["Response due soon (80% of the target)", "Response target missed", "Daily digest"]) {
    await events.getByRole("checkbox", { name: other }).uncheck();
  }
  await events.getByRole("checkbox", { name: "Destination delivery failed for good" }).uncheck();
  await events.getByRole("checkbox", { name: "No leads on a webhook key" }).uncheck();
  await page.getByRole("button", { name: "Add channel" }).click();
  await expect(page.getByText(`Channel "${channel}" created.`)).toBeVisible();
  const channelRow = page.getByTestId(`channel-${channel}`);
  await expect(channelRow).toContainText("Lead assigned");
  // Write-only: the page names the host, never the URL.
  await expect(channelRow).toContainText(new URL(slack.url).host);
  expect(await page.content()).not.toContain(`/services/T0/B0/${tag}`);
  await channelRow.getByRole("button", { name: "Send test" }).click();
  await expect(page.getByText(`Test alert sent to "${channel}".`)).toBeVisible();
  expect(slack.bodies.some((b) => b.json.text === "Lead desk test alert" && b.path.endsWith(tag))).toBe(true);

  // Scoped to this test's offer, so leads of specs running beside it are not assigned.
  const offer = `e2e.speed-${tag}`;
  await page.goto("/settings/assignment");
  await page.getByLabel("Name").fill(`Speed ${tag}`);
  await page.getByLabel("Offers").fill(offer);
  await page.getByLabel("One user").check();
  await page.getByRole("combobox", { name: "User", exact: true }).selectOption({ label: `Sam Sales (${sales.email})` });
  await page.getByLabel("First response within (hours)").fill("2");
  await page.getByRole("button", { name: "Create rule" }).click();
  const row = page.getByTestId(`rule-Speed ${tag}`);
  await expect(row).toContainText(`Offer ${offer}`);
  await expect(row).toContainText("To Sam Sales");
  await expect(row).toContainText("2 h, around the clock");

  const hook = await webhookUrl(browser);
  const posted = await request.post(hook, {
    data: {
      UserDetails: { FirstName: "Quick", LastName: `Reply ${tag}`, Email: `${tag}@example.com`, Company: "Contoso" },
      LeadSource: `SPZA-PLT|${offer}`,
      ActionCode: "PLT",
    },
  });
  expect(posted.status()).toBe(201);
  const answer = await posted.json();
  expect(answer.owner).toBe(sales.email);

  // The in-app worker's sweep finds the assignment and posts it to Slack.
  const alerted = () => slack.bodies.filter((b) => b.json.text.endsWith(`: Quick Reply ${tag}`));
  await expect.poll(() => alerted().length, { timeout: 20_000 }).toBe(1);
  const [alert] = alerted();
  expect(alert!.json.text).toBe(`Lead assigned to ${sales.email}: Quick Reply ${tag}`);
  expect(alert!.json.blocks.find((b) => b.type === "actions")!.elements![0]!.url).toBe(`${baseURL}/leads/${answer.id}`);

  const owner = await browser.newContext();
  const salesPage = await owner.newPage();
  await signIn(salesPage, sales, `/leads/${answer.id}`);
  await expect(salesPage.getByTestId("lead-owner")).toHaveText("Owner: Sam Sales");
  const clock = salesPage.getByTestId("response-clock");
  await expect(clock).toHaveAttribute("data-state", "running");
  await expect(clock).toContainText(/Due in 1 h 5\d min|Due in 2 h/);
  await expect(salesPage.getByLabel("Activity log")).toContainText(
    `Assigned to ${sales.email} — assigned by rule Speed ${tag}`,
  );

  // The owner's answered leads this week on the overview, before this one is answered.
  const answeredThisWeek = async () => {
    await salesPage.goto("/");
    const text = await salesPage.getByTestId("response-owner-Sam Sales").locator("td").nth(1).textContent();
    return text ? Number(/^(\d+)\//.exec(text)?.[1] ?? 0) : 0;
  };
  const answeredBefore = await answeredThisWeek();
  await salesPage.goto(`/leads/${answer.id}`);

  await salesPage.getByLabel("Status").selectOption("CONTACTED");
  await salesPage.getByRole("button", { name: "Set status" }).click();
  await expect(clock).toHaveAttribute("data-state", "met");
  await expect(clock).toContainText("Answered in time");

  // The list's Due column and filter agree.
  await salesPage.goto(`/leads?offer=${offer}&sla=met&cols=name,due`);
  await expect(salesPage.getByRole("link", { name: `Quick Reply ${tag}` })).toBeVisible();
  await expect(salesPage.getByLabel("Response clock")).toHaveValue("met");
  await expect(salesPage.getByRole("table", { name: "Leads" }).getByText(/^Answered in time \(/)).toBeVisible();

  // The overview counts this answer (other tests may answer Sam's leads too: at least one more),
  // with a share in time and the 30-day median and 90th percentile drawn as bars. It is
  // recounted in the background after the change, so it may take a view or two to show it.
  await expect.poll(answeredThisWeek, { timeout: 15_000 }).toBeGreaterThanOrEqual(answeredBefore + 1);
  const stats = salesPage.getByTestId("response-owner-Sam Sales");
  await expect(stats.locator("td").nth(4)).toHaveText(/%$/);
  await expect(stats.getByRole("img")).toHaveAttribute("aria-label", /^median \d.*, 90th percentile \d/);

  // The owner picks their e-mails on the profile page (e-mail is not configured on the e2e server).
  await salesPage.goto("/profile");
  const mails = salesPage.getByRole("group", { name: "E-mail me when" });
  await expect(salesPage.getByText("E-mail is not configured on this server yet")).toBeVisible();
  await mails.getByRole("checkbox", { name: "My lead's response is due soon" }).uncheck();
  await salesPage.getByRole("button", { name: "Save e-mail preferences" }).click();
  await expect(salesPage.getByText("E-mail preferences saved.")).toBeVisible();
  await salesPage.reload();
  await expect(mails.getByRole("checkbox", { name: "My lead's response is due soon" })).not.toBeChecked();
  await expect(mails.getByRole("checkbox", { name: "A lead is assigned to me" })).toBeChecked();
  await mails.getByRole("checkbox", { name: "My lead's response is due soon" }).check();
  await salesPage.getByRole("button", { name: "Save e-mail preferences" }).click();
  await expect(salesPage.getByText("E-mail preferences saved.")).toBeVisible();
  await owner.close();

  // The alert is in the log; deleting the channel stops further posts.
  await page.goto("/settings/notifications");
  await expect(
    page
      .getByTestId("alert-log")
      .getByRole("row")
      .filter({ hasText: `Lead assigned to ${sales.email}: Quick Reply ${tag}` }),
  ).toContainText("Sent");
  await page.getByTestId(`channel-${channel}`).getByRole("button", { name: "Delete" }).click();
  await page
    .getByRole("alertdialog", { name: `Delete "${channel}"?` })
    .getByRole("button", { name: "Delete" })
    .click();
  await expect(page.getByTestId(`channel-${channel}`)).toHaveCount(0);
  await slack.close();
});
