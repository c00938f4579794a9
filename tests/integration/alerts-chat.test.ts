// Slack and Teams alert channels against loopback receivers answering as the
// real services do: the documented payloads (Block Kit; a message activity
// with an Adaptive Card), the channel URL sealed and never listed, the SSRF
// guard refusing private addresses at save time and at send time, and a
// failing webhook retried.
import { afterEach, describe, expect, it } from "vitest";
import { createChannel, listChannels } from "@/lib/alerts/channels";
import { sendChannelTest } from "@/lib/alerts/send-channel-test";
import { runAlertSweep } from "@/lib/alerts/sweep/run-sweep";
import { getDb } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { registry } from "@/lib/metrics/registry";
import { alertsFor, drainAlerts, startChatReceiver, type ChatReceiver } from "@/tests/support/alerts";
import { resetRules, rule, salesUser } from "@/tests/support/assignment";
import { postLead } from "@/tests/support/delivery";
import { allowLoopbackForFakes } from "@/tests/support/fake-crm/test-helpers";

allowLoopbackForFakes();
const receivers: ChatReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
  await (await getDb()).alertChannel.deleteMany({});
  await resetRules();
});

async function channel(
  kind: "SLACK" | "TEAMS",
  events: string[] = ["assigned"],
  language: { locale?: string; timeZone?: string } = {},
) {
  const receiver = await startChatReceiver(kind === "SLACK" ? "slack" : "teams");
  receivers.push(receiver);
  const saved = await createChannel({
    kind,
    name: `${kind} alerts`,
    target: `${receiver.url}/hook/T000-secret-path`,
    events,
    ...language,
  });
  return { receiver, id: saved.id };
}

async function assignedLead() {
  const owner = await salesUser("chat");
  await rule({ name: "Chat rule", mode: "ONE_USER", userId: owner.id, targetMinutes: 240 });
  const leadId = await postLead();
  await runAlertSweep();
  return { owner, leadId };
}

describe("chat alert channels", () => {
  it("Slack gets a Block Kit message: header, facts, and a button to the lead", async () => {
    const { receiver } = await channel("SLACK");
    const { owner, leadId } = await assignedLead();
    expect(await drainAlerts()).toContain("sent");
    const posted = receiver.bodies.filter((b) => JSON.stringify(b.json).includes(leadId));
    expect(posted).toHaveLength(1);
    const { json, contentType, path } = posted[0]!;
    expect(path).toBe("/hook/T000-secret-path");
    expect(contentType).toBe("application/json");
    expect(json.text).toMatch(new RegExp(`^Lead assigned to ${owner.email.replace(/[.]/g, "\\.")}: Zoë Müller-`));
    const blocks = json.blocks as {
      type: string;
      text?: { type: string; text: string };
      fields?: { type: string; text: string }[];
      elements?: { type: string; url: string; text: { type: string } }[];
    }[];
    expect(blocks.map((b) => b.type)).toEqual(["header", "section", "section", "actions"]);
    expect(blocks[0]!.text).toMatchObject({ type: "plain_text" });
    expect(blocks[1]!.text!.type).toBe("mrkdwn");
    expect(blocks[2]!.fields).toContainEqual({ type: "mrkdwn", text: "*Company*\nContoso" });
    expect(blocks[2]!.fields).toContainEqual({ type: "mrkdwn", text: `*Owner*\n${owner.email}` });
    expect(blocks[2]!.fields!.length).toBeLessThanOrEqual(10);
    expect(blocks[3]!.elements![0]).toMatchObject({ type: "button", text: { type: "plain_text" } });
    expect(blocks[3]!.elements![0]!.url).toMatch(new RegExp(`/leads/${leadId}$`));
    const counted = await registry.getSingleMetricAsString("leaddesk_alerts_total");
    expect(counted).toMatch(/leaddesk_alerts_total\{via="slack",event="assigned",outcome="sent"\} [1-9]/);
  });

  it("Teams gets a message activity with an Adaptive Card attachment (202 counts as sent)", async () => {
    const { receiver } = await channel("TEAMS");
    const { leadId } = await assignedLead();
    expect(await drainAlerts()).toContain("sent");
    const [posted] = receiver.bodies;
    expect(posted!.json.type).toBe("message");
    const [attachment] = posted!.json.attachments as Record<string, unknown>[];
    expect(attachment).toMatchObject({ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null });
    const card = attachment!.content as Record<string, unknown>;
    expect(card).toMatchObject({
      $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
      type: "AdaptiveCard",
      version: "1.4",
    });
    const body = card.body as { type: string; facts?: { title: string; value: string }[] }[];
    expect(body.map((b) => b.type)).toEqual(["TextBlock", "TextBlock", "FactSet"]);
    expect(body[2]!.facts).toContainEqual({ title: "Company", value: "Contoso" });
    expect(card.actions).toEqual([
      { type: "Action.OpenUrl", title: "Open the lead", url: expect.stringMatching(new RegExp(`/leads/${leadId}$`)) },
    ]);
    const [message] = (await alertsFor("assigned:")).filter((m) => m.channelId);
    expect(message).toMatchObject({ state: "SENT", attempts: 1 });
  });

  it("a channel set to Spanish gets its Slack and Teams alerts in Spanish, due times in its own zone", async () => {
    const madrid = { locale: "es-ES", timeZone: "Europe/Madrid" };
    const slack = await channel("SLACK", ["assigned"], madrid);
    const teams = await channel("TEAMS", ["assigned"], madrid);
    const { owner, leadId } = await assignedLead();
    expect(await drainAlerts()).toContain("sent");
    const db = await getDb();
    const { dueAt } = await db.lead.findUniqueOrThrow({ where: { id: leadId }, select: { dueAt: true } });
    // Written out here, not through lib/format.ts: "2 dic 2026, 15:05 (UTC+01:00)" in winter, "+02:00" in summer;
    // Spanish writes the hour unpadded ("7:06") before ten.
    const due = new RegExp(`^\\d{1,2} \\p{L}{3,4}\\.? \\d{4}, \\d{1,2}:\\d{2} \\(UTC\\+0[12]:00\\)$`, "u");
    const inMadrid = new Intl.DateTimeFormat("es-ES", {
      timeZone: "Europe/Madrid",
      dateStyle: "medium",
      timeStyle: "short",
    }).format(dueAt!);

    const [posted] = slack.receiver.bodies.filter((b) => JSON.stringify(b.json).includes(leadId));
    const json = posted!.json as { text: string; blocks: { fields?: { text: string }[]; elements?: unknown[] }[] };
    expect(json.text).toMatch(new RegExp(`^Cliente potencial asignado a ${owner.email.replace(/[.]/g, "\\.")}: Zoë`));
    const fields = json.blocks[2]!.fields!.map((f) => f.text);
    expect(fields).toContain("*Empresa*\nContoso");
    expect(fields).toContain("*Acción*\nObtener ahora: el cliente ha adquirido la oferta (interés inicial)");
    expect(fields).toContain(`*Propietario*\n${owner.email}`);
    const dueField = fields.find((f) => f.startsWith("*Vence*\n"))!.slice("*Vence*\n".length);
    expect(dueField).toMatch(due);
    expect(dueField.startsWith(inMadrid)).toBe(true);
    expect(json.blocks[3]!.elements![0]).toMatchObject({ text: { text: "Abrir el cliente potencial" } });

    const card = (teams.receiver.bodies[0]!.json.attachments as { content: Record<string, unknown> }[])[0]!.content;
    const body = card.body as { text?: string; facts?: { title: string; value: string }[] }[];
    expect(body[0]!.text).toMatch(/^Cliente potencial asignado a /);
    expect(body[1]!.text).toContain("se ha asignado a");
    expect(body[2]!.facts).toContainEqual({ title: "Empresa", value: "Contoso" });
    expect(body[2]!.facts!.find((f) => f.title === "Vence")!.value).toMatch(due);
    expect(card.actions).toEqual([expect.objectContaining({ title: "Abrir el cliente potencial" })]);
    // The stored message is the same for every recipient: its words are chosen when it is sent.
    const stored = (await alertsFor("assigned:")).filter((m) => m.channelId);
    expect(JSON.stringify(stored.map((m) => m.content))).not.toMatch(/Cliente|Lead assigned/);
  });

  it("the channel URL is sealed at rest and never listed; send test posts at once and logs the attempt", async () => {
    const { receiver, id } = await channel("SLACK", ["digest"]);
    const db = await getDb();
    const row = await db.alertChannel.findUniqueOrThrow({ where: { id } });
    expect(row.target).toMatch(/^v1\./);
    expect(row.target).not.toContain("secret-path");
    expect(row.targetHint).toBe(new URL(receiver.url).host);
    expect(JSON.stringify(await listChannels())).not.toContain("secret-path");

    const result = await sendChannelTest(id);
    expect(result).toMatchObject({ ok: true });
    expect(receiver.bodies).toHaveLength(1);
    expect(receiver.bodies[0]!.json.text).toBe("Lead desk test alert");
    const [logged] = await alertsFor("test:");
    expect(logged).toMatchObject({ state: "SENT", channelId: id });
    expect(logged!.attemptLog).toHaveLength(1);
  });

  it("a channel form with bad values is refused field by field, and nothing is saved", async () => {
    const refused = await createChannel({ kind: "EMAIL", name: " ", target: "not an address", events: [] }).catch(
      (e) => e,
    );
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect(Object.keys(refused.fieldErrors).sort()).toEqual(["events", "name", "target"]);
    expect(refused.fieldErrors.target).toEqual(["Enter one e-mail address."]);
    const badUrl = await createChannel({
      kind: "TEAMS",
      name: "Teams",
      target: "ftp://example.com/x",
      events: ["digest"],
    }).catch((e) => e);
    expect(badUrl.fieldErrors.target?.[0]).toMatch(/^Paste the webhook URL/);
    expect(await listChannels()).toEqual([]);
  });

  it("the SSRF guard refuses a private address when saving, and again when sending", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "";
    try {
      for (const target of [
        "http://127.0.0.1:9/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://10.1.2.3/hook",
      ]) {
        const refused = await createChannel({ kind: "SLACK", name: "Inward", target, events: ["assigned"] }).catch(
          (e) => e,
        );
        expect(refused, target).toBeInstanceOf(InvalidInputError);
        expect(refused.status).toBe(422);
        expect(refused.fieldErrors.target?.[0]).toMatch(
          /^Blocked outbound request to .*: (loopback|link-local|private)/,
        );
      }
      expect(await listChannels()).toEqual([]);
    } finally {
      process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    }
    // Saved while allowed, refused once it no longer is: dead at once, not retried.
    const { receiver } = await channel("SLACK");
    process.env.OUTBOUND_ALLOW_HOSTS = "";
    try {
      await assignedLead();
      expect(await drainAlerts()).toContain("dead");
      const [message] = (await alertsFor("assigned:")).filter((m) => m.channelId);
      expect(message).toMatchObject({ state: "DEAD", attempts: 1 });
      expect(message!.lastError).toMatch(/Blocked outbound request to 127\.0\.0\.1/);
      expect(message!.lastError).not.toContain("secret-path");
      expect(receiver.bodies).toHaveLength(0);
    } finally {
      process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    }
  });

  it("a webhook that cannot be reached is retried later, with the attempt logged", async () => {
    const probe = await startChatReceiver("slack");
    const url = probe.url;
    await probe.close();
    const down = await createChannel({ kind: "SLACK", name: "Down", target: `${url}/hook`, events: ["assigned"] });
    const test = await sendChannelTest(down.id);
    expect(test).toMatchObject({ ok: false, channel: "Down", retry: true });
    expect(test.reason).toMatch(/ECONNREFUSED/);
    expect(test.reason).not.toContain(url);
    await assignedLead();
    expect(await drainAlerts()).toContain("retry");
    const [message] = (await alertsFor("assigned:")).filter((m) => m.channelId);
    expect(message).toMatchObject({ state: "PENDING", attempts: 1 });
    expect(message!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(message!.attemptLog[0]).toMatchObject({ ok: false });
  });
});
