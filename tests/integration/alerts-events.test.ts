// The alert events on both databases: each fires once however many sweeps
// (instances) run at once — due soon, missed, the daily digest, a dead-lettered
// delivery — and the silence watchdog per webhook key, with its own threshold
// and the marketplace's validation lead.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createChannel } from "@/lib/alerts/channels";
import { runAlertSweep } from "@/lib/alerts/sweep/run-sweep";
import { getDb } from "@/lib/db";
import { alertsFor, drainAlerts, inEnglish, startChatReceiver, type ChatReceiver } from "@/tests/support/alerts";
import { resetRules, rule, salesUser } from "@/tests/support/assignment";
import { createDestination, marketplaceBody, postLead } from "@/tests/support/delivery";
import { allowLoopbackForFakes } from "@/tests/support/fake-crm/test-helpers";
import { newKey, post } from "@/tests/support/webhook";

allowLoopbackForFakes();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
let receiver: ChatReceiver | undefined;

afterAll(async () => receiver?.close());
beforeEach(async () => {
  const db = await getDb();
  await db.alertChannel.deleteMany({});
  await db.alertMessage.deleteMany({});
  await resetRules();
});

async function slackChannel(events: string[], digestHour = 8) {
  receiver ??= await startChatReceiver("slack");
  const saved = await createChannel({
    kind: "SLACK",
    name: `Slack ${events.join(",")}`,
    target: `${receiver.url}/hook`,
    events,
    digestHour,
  });
  return saved.id;
}

const sweepLikeThreeInstances = (now?: Date) =>
  Promise.all([runAlertSweep(now), runAlertSweep(now), runAlertSweep(now)]);

describe("alert events", () => {
  it("due soon and missed reach the owner and the channel once each; an answered lead raises nothing", async () => {
    const channelId = await slackChannel(["due-soon", "missed"]);
    const owner = await salesUser("clock");
    await rule({ name: "Clock", mode: "ONE_USER", userId: owner.id, targetMinutes: 60 });
    const late = await postLead();
    const answered = await postLead();
    const db = await getDb();
    const now = Date.now();
    await db.lead.updateMany({
      where: { id: { in: [late, answered] } },
      data: { dueSoonAt: new Date(now - MINUTE), dueAt: new Date(now + 10 * MINUTE) },
    });
    await db.lead.update({ where: { id: answered }, data: { firstResponseAt: new Date(now - 2 * MINUTE) } });

    await sweepLikeThreeInstances();
    const dueSoon = await alertsFor("due-soon:");
    expect(dueSoon.map((m) => m.eventKey)).toEqual([`due-soon:${late}`, `due-soon:${late}`]);
    expect(dueSoon.map((m) => m.recipient).sort()).toEqual([`channel:${channelId}`, `user:${owner.id}`].sort());
    expect(await alertsFor("missed:")).toEqual([]);

    await db.lead.updateMany({ where: { id: { in: [late, answered] } }, data: { dueAt: new Date(now - MINUTE) } });
    await sweepLikeThreeInstances();
    await sweepLikeThreeInstances();
    const missed = await alertsFor("missed:");
    expect(missed.map((m) => m.eventKey)).toEqual([`missed:${late}`, `missed:${late}`]);

    const before = receiver!.bodies.length;
    await drainAlerts();
    const texts = receiver!.bodies.slice(before).map((b) => String(b.json.text));
    expect(texts.filter((t) => t.startsWith("Response due soon: "))).toHaveLength(1);
    expect(texts.filter((t) => t.startsWith("Response target missed: "))).toHaveLength(1);
  });

  it("the daily digest goes out once a day per channel, not before its hour", async () => {
    const channelId = await slackChannel(["digest"], 23);
    const today = new Date();
    const at = (hour: number) =>
      new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), hour, 30));
    await sweepLikeThreeInstances(at(22));
    expect(await alertsFor("digest:")).toEqual([]);
    await sweepLikeThreeInstances(at(23));
    await sweepLikeThreeInstances(at(23));
    const digests = await alertsFor("digest:");
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ channelId, eventKey: `digest:${at(23).toISOString().slice(0, 10)}` });
    const content = inEnglish(digests[0]!.content);
    expect(content.facts.map((f) => f.label)).toEqual(["New (24 h)", "Unassigned", "Overdue"]);
  });

  it("a delivery that died is announced once per death", async () => {
    const channelId = await slackChannel(["dead-letter"]);
    const destinationId = await createDestination("HTTPS", { url: "http://127.0.0.1:9/never" });
    const db = await getDb();
    try {
      const leadId = await postLead();
      const delivery = await db.delivery.findFirstOrThrow({ where: { leadId, destinationId } });
      await db.delivery.update({
        where: { id: delivery.id },
        data: { state: "DEAD", attempts: 9, lastError: "HTTP 500: boom" },
      });
      await sweepLikeThreeInstances();
      await sweepLikeThreeInstances();
      const dead = await alertsFor("dead-letter:");
      expect(dead).toHaveLength(1);
      expect(dead[0]).toMatchObject({ channelId, eventKey: `dead-letter:${delivery.id}:9` });
      expect(inEnglish(dead[0]!.content).facts).toContainEqual({ label: "Last error", value: "HTTP 500: boom" });
      // Replayed and dead again: a new event.
      await db.delivery.update({ where: { id: delivery.id }, data: { attempts: 10 } });
      await runAlertSweep();
      expect(await alertsFor("dead-letter:")).toHaveLength(2);
    } finally {
      await db.destination.delete({ where: { id: destinationId } });
    }
  });

  it("the silence watchdog: per key threshold, once per silent spell, with the validation lead's last sighting", async () => {
    await slackChannel(["silence"]);
    const db = await getDb();
    const quiet = await newKey(`quiet ${Date.now()}`);
    const patient = await newKey(`patient ${Date.now()}`);
    // Six days is within the default week: no alert.
    const recent = await newKey(`recent ${Date.now()}`);
    const eightDaysAgo = new Date(Date.now() - 8 * DAY);
    await db.webhookKey.update({ where: { id: quiet.id }, data: { lastLeadAt: eightDaysAgo } });
    await db.webhookKey.update({ where: { id: patient.id }, data: { lastLeadAt: eightDaysAgo, silenceDays: 30 } });
    await db.webhookKey.update({ where: { id: recent.id }, data: { lastLeadAt: new Date(Date.now() - 6 * DAY) } });
    expect((await db.webhookKey.findUniqueOrThrow({ where: { id: recent.id } })).silenceDays).toBe(7);
    // Posts that are not leads keep a key silent: the key is used, but no lead arrives.
    expect((await post(quiet.key, "{not json")).status).toBe(400);
    expect((await db.webhookKey.findUniqueOrThrow({ where: { id: quiet.id } })).lastUsedAt!.getTime()).toBeGreaterThan(
      eightDaysAgo.getTime(),
    );

    await sweepLikeThreeInstances();
    await sweepLikeThreeInstances();
    let silence = await alertsFor(`silence:`);
    expect(silence.map((m) => m.eventKey)).toEqual([`silence:${quiet.id}:${eightDaysAgo.toISOString()}`]);
    expect(inEnglish(silence[0]!.content).facts).toContainEqual({
      label: "Marketplace validation last seen",
      value: "never",
    });

    // The marketplace's validation lead arrives on the key; then it goes quiet again: a new spell.
    const validation = marketplaceBody({
      UserDetails: {
        FirstName: "MSFT_TEST_636573304831318844",
        LastName: "MSFT_TEST_636573304831318844",
        Email: "MSFT_TEST_636573304831318844@test.com",
      },
    });
    expect((await post(quiet.key, validation)).status).toBe(201);
    // Stored as a lead, it restarts the key's clock.
    const noted = (await db.webhookKey.findUniqueOrThrow({ where: { id: quiet.id } })).lastLeadAt;
    expect(Date.now() - noted!.getTime()).toBeLessThan(60_000);
    const nineDaysAgo = new Date(Date.now() - 9 * DAY);
    await db.lead.updateMany({
      where: { isTest: true, receipt: { webhookKeyId: quiet.id } },
      data: { receivedAt: nineDaysAgo },
    });
    await db.webhookKey.update({ where: { id: quiet.id }, data: { lastLeadAt: nineDaysAgo } });
    await sweepLikeThreeInstances();
    silence = await alertsFor(`silence:${quiet.id}:${nineDaysAgo.toISOString()}`);
    expect(silence).toHaveLength(1);
    expect(inEnglish(silence[0]!.content).facts).not.toContainEqual({
      label: "Marketplace validation last seen",
      value: "never",
    });

    // A key that leads arrive on is not silent.
    await db.webhookKey.update({ where: { id: quiet.id }, data: { lastLeadAt: new Date() } });
    const count = (await alertsFor("silence:")).length;
    await runAlertSweep();
    expect(await alertsFor("silence:")).toHaveLength(count);
  });
});
