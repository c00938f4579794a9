// Alert e-mails through a real SMTP server on loopback: the owner's "assigned
// to you" e-mail (recipients, subject, lead link, List-Unsubscribe headers),
// the one-click unsubscribe it carries, an SMTP server that is down (retried,
// logged, nothing lost), and e-mail left unconfigured (nothing fails).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createChannel } from "@/lib/alerts/channels";
import { runAlertSweep } from "@/lib/alerts/sweep/run-sweep";
import { unsubscribe } from "@/lib/alerts/unsubscribe";
import { answerUnsubscribe } from "@/lib/alerts/unsubscribe-request";
import { unsubscribeToken } from "@/lib/alerts/unsubscribe-token";
import { getDb } from "@/lib/db";
import { alertsFor, drainAlerts, makeAlertsDue, startSmtpReceiver, type SmtpReceiver } from "@/tests/support/alerts";
import { resetRules, rule, salesUser } from "@/tests/support/assignment";
import { marketplaceBody, postLead } from "@/tests/support/delivery";

let smtp: SmtpReceiver;
const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM, APP_URL: process.env.APP_URL };

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Lead desk <leads@example.com>";
  process.env.APP_URL = "https://leads.example.com";
});
afterAll(async () => {
  await smtp.close();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});
beforeEach(async () => {
  await resetRules();
  await (await getDb()).alertChannel.deleteMany({});
});

let n = 0;
const asciiLead = () => {
  n += 1;
  const stamp = `${Date.now()}${n}`;
  return marketplaceBody({
    UserDetails: {
      FirstName: "Ada",
      LastName: `Lovelace${stamp}`,
      Email: `ada${stamp}@contoso.com`,
      Company: "Contoso Ltd",
    },
  });
};

async function ownerWithRule(label: string) {
  const user = await salesUser(label);
  await rule({ name: `To ${label}`, mode: "ONE_USER", userId: user.id, targetMinutes: 60 });
  return user;
}

describe("alert e-mails over SMTP", () => {
  it("e-mails the owner once, with the lead's facts, its link and one-click unsubscribe headers", async () => {
    const owner = await ownerWithRule("owner");
    const body = asciiLead();
    const leadId = await postLead(body);

    // Three instances sweeping at once record the event once.
    await Promise.all([runAlertSweep(), runAlertSweep(), runAlertSweep()]);
    const messages = (await alertsFor("assigned:")).filter((m) => m.userId === owner.id);
    expect(messages).toHaveLength(1);
    expect(await drainAlerts()).toEqual(["sent"]);

    const mails = smtp.mails.filter((m) => m.to.includes(owner.email));
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.to).toEqual([owner.email]);
    expect(mail.from).toBe("leads@example.com");
    expect(smtp.logins).toContain("alerts");
    expect(mail.headers.get("subject")).toBe(`New lead for you: Ada ${body.UserDetails.LastName}`);
    expect(mail.text).toContain(`Open the lead: https://leads.example.com/leads/${leadId}`);
    expect(mail.text).toContain("Company: Contoso Ltd");
    expect(mail.text).toContain("Offer: Contoso Sample Offer");
    expect(mail.text).toContain("Action: Got it now — the customer acquired the offer (initial interest)");
    expect(mail.text).toMatch(/Due: \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \(UTC\)/);
    expect(mail.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const oneClick = /^<https:\/\/leads\.example\.com\/api\/unsubscribe\?token=([^>]+)>$/.exec(
      mail.headers.get("list-unsubscribe") ?? "",
    );
    expect(oneClick).not.toBeNull();
    const token = decodeURIComponent(oneClick![1]!);
    expect(mail.text).toContain(`https://leads.example.com/unsubscribe?token=${oneClick![1]}`);

    // The message and its attempt are logged as sent.
    const [sent] = await alertsFor(`assigned:`).then((all) => all.filter((m) => m.userId === owner.id));
    expect(sent).toMatchObject({ state: "SENT", attempts: 1, lastError: null });
    expect(sent!.attemptLog).toHaveLength(1);

    // A forged or altered token does nothing; the real one turns the preference off.
    expect(await unsubscribe(token.slice(0, -2) + (token.endsWith("A") ? "BB" : "AA"))).toMatchObject({ ok: false });
    expect(await unsubscribe(token)).toMatchObject({ ok: true });
    const db = await getDb();
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id } })).toMatchObject({
      mailAssigned: false,
      mailDueSoon: true,
    });

    // The next assignment is recorded, not sent.
    await postLead(asciiLead());
    await runAlertSweep();
    const skipped = (await alertsFor("assigned:")).filter((m) => m.userId === owner.id && m.state === "SKIPPED");
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.lastError).toBe("The owner turned these e-mails off.");
    await drainAlerts();
    expect(smtp.mails.filter((m) => m.to.includes(owner.email))).toHaveLength(1);
  });

  it("writes to an owner in their own language and time zone: pt-PT in the Azores", async () => {
    const owner = await ownerWithRule("lisboa");
    const db = await getDb();
    await db.user.update({ where: { id: owner.id }, data: { locale: "pt-PT", timeZone: "Atlantic/Azores" } });
    const body = asciiLead();
    const leadId = await postLead(body);
    await runAlertSweep();
    expect(await drainAlerts()).toEqual(["sent"]);
    const mail = smtp.mails.find((m) => m.to.includes(owner.email))!;
    expect(mail.headers.get("subject")).toBe(`Novo cliente potencial para si: Ada ${body.UserDetails.LastName}`);
    expect(mail.text).toContain(`Ada ${body.UserDetails.LastName} (Contoso Ltd) foi atribuído a ${owner.email}.`);
    expect(mail.text).toContain("Empresa: Contoso Ltd");
    expect(mail.text).toContain("Oferta: Contoso Sample Offer");
    // What the customer did, in the domain's words (INS: "Got it now").
    expect(mail.text).toContain("Ação: Obter agora — o cliente adquiriu a oferta (interesse inicial)");
    expect(mail.text).toContain(`Abrir o cliente potencial: https://leads.example.com/leads/${leadId}`);
    // The Azores are an hour behind UTC all winter (and at UTC in summer): the offset says which.
    const { dueAt } = await db.lead.findUniqueOrThrow({ where: { id: leadId }, select: { dueAt: true } });
    const local = new Intl.DateTimeFormat("pt-PT", {
      timeZone: "Atlantic/Azores",
      dateStyle: "medium",
      timeStyle: "short",
    }).format(dueAt!);
    expect(local).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/);
    expect(mail.text).toMatch(new RegExp(`Prazo: ${local.replace(/[/]/g, "\\/")} \\((UTC-01:00|UTC)\\)`));
    expect(mail.text).toContain(
      'Deixar de receber estes e-mails (e-mails quando "me é atribuído um cliente potencial")',
    );
    expect(mail.html).toContain(">Cancelar subscrição</a> de e-mails quando &quot;me é atribuído");
    expect(mail.text).not.toMatch(/Company|Due|Open the lead/);
  });

  it("POST /api/unsubscribe: a mail client's one-click post, the page's button, and bad tokens", async () => {
    const user = await salesUser("one-click");
    const db = await getDb();
    const route = (query: string, body: Record<string, string>) =>
      answerUnsubscribe(
        new Request(`https://leads.example.com/api/unsubscribe${query}`, {
          method: "POST",
          body: new URLSearchParams(body),
        }),
      );

    const dueSoon = encodeURIComponent(unsubscribeToken({ kind: "user", userId: user.id, preference: "mailDueSoon" }));
    const client = await route(`?token=${dueSoon}`, { "List-Unsubscribe": "One-Click" });
    expect(client.status).toBe(200);
    expect(await client.text()).toBe('Unsubscribed from e-mails when "my lead\'s response is due soon".');
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      mailDueSoon: false,
      mailMissed: true,
    });

    const missed = unsubscribeToken({ kind: "user", userId: user.id, preference: "mailMissed" });
    const page = await route("", { token: missed, from: "page" });
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe(
      `https://leads.example.com/unsubscribe?done=1&token=${encodeURIComponent(missed)}`,
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      mailMissed: false,
      mailAssigned: true,
    });

    const forged = Buffer.from(`user:${user.id}:mailAssigned`).toString("base64url") + "." + missed.split(".")[1];
    for (const [query, message] of [
      [
        `?token=${encodeURIComponent(forged)}`,
        "This unsubscribe link is not valid. Copy the whole link from the e-mail.",
      ],
      ["", "The unsubscribe link has no token. Copy the whole link from the e-mail."],
    ] as const) {
      const refused = await route(query, { "List-Unsubscribe": "One-Click" });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toBe(message);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mailAssigned: true });
  });

  it("an SMTP server that is down: the e-mail waits, the attempt is logged, and it is sent when the server is back", async () => {
    const owner = await ownerWithRule("retry");
    const port = smtp.port;
    await smtp.close();
    try {
      const leadId = await postLead(asciiLead());
      await runAlertSweep();
      expect(await drainAlerts()).toEqual(["retry"]);
      let [message] = (await alertsFor("assigned:")).filter((m) => m.userId === owner.id);
      expect(message).toMatchObject({ state: "PENDING", attempts: 1 });
      expect(message!.lastError).toMatch(/^SMTP: .*ECONNREFUSED/);
      expect(message!.lastError).not.toContain("smtp-secret");
      expect(message!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      expect(message!.attemptLog).toHaveLength(1);
      expect(message!.attemptLog[0]).toMatchObject({ ok: false });

      smtp = await startSmtpReceiver(port);
      await makeAlertsDue();
      expect(await drainAlerts()).toEqual(["sent"]);
      [message] = (await alertsFor("assigned:")).filter((m) => m.userId === owner.id);
      expect(message).toMatchObject({ state: "SENT", attempts: 2 });
      expect(message!.attemptLog.map((a) => a.ok)).toEqual([false, true]);
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.mails[0]!.text).toContain(`/leads/${leadId}`);
    } finally {
      if (smtp.port !== port) smtp = await startSmtpReceiver();
    }
  });

  it("an e-mail channel gets the digest with its own unsubscribe link, which turns the channel off", async () => {
    const saved = await createChannel({
      kind: "EMAIL",
      name: "Sales team",
      target: "sales-team@example.com",
      events: ["digest"],
      digestHour: 0,
    });
    await runAlertSweep();
    await drainAlerts();
    const mail = smtp.mails.find((m) => m.to.includes("sales-team@example.com"));
    expect(mail?.headers.get("subject")).toMatch(/^Lead desk daily digest, \d{4}-\d{2}-\d{2}$/);
    expect(mail!.text).toMatch(/New \(24 h\): \d+/);
    const token = decodeURIComponent(/token=([^>]+)>/.exec(mail!.headers.get("list-unsubscribe")!)![1]!);
    expect(await unsubscribe(token)).toMatchObject({ ok: true });
    const db = await getDb();
    expect(await db.alertChannel.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      enabled: false,
    });
  });

  it("an owner deactivated before the e-mail goes out is not written to", async () => {
    const owner = await ownerWithRule("leaver");
    await postLead(asciiLead());
    await runAlertSweep();
    const db = await getDb();
    await db.user.update({ where: { id: owner.id }, data: { active: false } });
    expect(await drainAlerts()).toEqual(["skipped"]);
    const [message] = (await alertsFor("assigned:")).filter((m) => m.userId === owner.id);
    expect(message).toMatchObject({ state: "SKIPPED", lastError: "The user has been deactivated." });
    expect(smtp.mails.some((m) => m.to.includes(owner.email))).toBe(false);
  });

  it("without SMTP_URL nothing is sent and nothing fails: e-mails are recorded as not configured", async () => {
    const owner = await ownerWithRule("unconfigured");
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    try {
      const before = smtp.mails.length;
      await postLead(asciiLead());
      await runAlertSweep();
      const [message] = (await alertsFor("assigned:")).filter((m) => m.userId === owner.id);
      expect(message).toMatchObject({ state: "SKIPPED", lastError: "E-mail is not configured (SMTP_URL)." });
      expect(await drainAlerts()).toEqual([]);
      expect(smtp.mails.length).toBe(before);
    } finally {
      process.env.SMTP_URL = url;
      process.env.MAIL_FROM = "Lead desk <leads@example.com>";
    }
  });
});
