// The response clock: leaddesk_due_at() in business hours across daylight-saving
// changes, the clock started as a lead is stored (trigger leads_start_clock) and
// stopped by a person's first triage action (trigger lead_activities_stop_clock),
// and the list's sla= filter and due-time sort over it, on both databases.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, getSql } from "@/lib/db";
import { countLeads, listLeads } from "@/lib/leads/list-leads";
import { responseStats } from "@/lib/leads/response-stats";
import { addLeadNote, triageLead } from "@/lib/leads/triage-lead";
import { leadBody, resetRules, rule, salesUser } from "@/tests/support/assignment";
import { params } from "@/tests/support/leads";
import { newKey, post } from "@/tests/support/webhook";

const weekdays = [1, 2, 3, 4, 5];

/** leaddesk_due_at as ISO text (minute precision, UTC). */
async function dueAt(startUtc: string, minutes: number, tz: string | null, days = weekdays, open = 540, close = 1020) {
  const sql = await getSql();
  const [row] = await (sql.query(
    `SELECT to_char(leaddesk_due_at($1::timestamp, $2::double precision, $3, $4::int[], $5, $6), 'YYYY-MM-DD"T"HH24:MI"Z"') AS due`,
    [startUtc, minutes, tz, days, open, close],
  ) as Promise<{ due: string | null }[]>);
  return row!.due;
}

describe("due time in business hours", () => {
  it("around the clock: the target added to the received time", async () => {
    expect(await dueAt("2026-03-28 23:00", 240, null)).toBe("2026-03-29T03:00Z");
  });

  it("Europe/Lisbon, spring forward: Friday's last hours, then Monday 09:00 summer time (08:00 UTC)", async () => {
    // Fri 2026-03-27 15:00 WET (UTC+0); clocks go forward on Sunday 29 March.
    expect(await dueAt("2026-03-27 15:00", 240, "Europe/Lisbon")).toBe("2026-03-30T10:00Z");
    // Received on the Saturday: the whole target falls on Monday.
    expect(await dueAt("2026-03-28 10:00", 60, "Europe/Lisbon")).toBe("2026-03-30T09:00Z");
  });

  it("Europe/Lisbon, fall back: Friday in summer time, Monday in winter time", async () => {
    // Fri 2026-10-23 16:00 WEST (15:00 UTC); clocks go back on Sunday 25 October.
    expect(await dueAt("2026-10-23 15:00", 120, "Europe/Lisbon")).toBe("2026-10-26T10:00Z");
  });

  it("America/Sao_Paulo: no daylight saving since 2019, UTC−3 all year", async () => {
    // Fri 2026-11-06 16:00 local = 19:00 UTC; Monday opens 09:00 local = 12:00 UTC.
    expect(await dueAt("2026-11-06 19:00", 120, "America/Sao_Paulo")).toBe("2026-11-09T13:00Z");
  });

  it("America/Sao_Paulo, 4 November 2018: the day daylight saving began at midnight (the day started at 01:00)", async () => {
    // Every day 00:00–08:00 local. 3 Nov 07:00 (UTC−3) leaves 1 h that day; 4 Nov opens
    // at 01:00 UTC−2 (= 03:00 UTC), 00:00 never happened; the second hour ends 04:00 UTC.
    expect(await dueAt("2018-11-03 10:00", 120, "America/Sao_Paulo", [1, 2, 3, 4, 5, 6, 7], 0, 480)).toBe(
      "2018-11-04T04:00Z",
    );
    // A week later, in summer time: 07:00 local = 09:00 UTC.
    expect(await dueAt("2018-11-10 09:00", 120, "America/Sao_Paulo", [1, 2, 3, 4, 5, 6, 7], 0, 480)).toBe(
      "2018-11-11T03:00Z",
    );
  });

  it("spans several working days for a long target", async () => {
    // 24 business hours at 8 h a day from Monday 09:00 Lisbon summer time: due Wednesday 17:00 (16:00 UTC).
    expect(await dueAt("2026-06-01 08:00", 24 * 60, "Europe/Lisbon")).toBe("2026-06-03T16:00Z");
  });
});

describe("the clock on a lead", () => {
  let key: string;
  let actor: SessionUser;
  beforeAll(async () => {
    key = (await newKey("clock")).key;
    const u = await salesUser("clock");
    actor = {
      id: u.id,
      email: u.email,
      name: u.name,
      role: "SALES",
      mustChangePassword: false,
      listDensity: "compact" as const,
      timeZone: null,
      locale: null,
    };
  });
  beforeEach(resetRules);

  async function clockOf(id: unknown) {
    const db = await getDb();
    return db.lead.findUniqueOrThrow({
      where: { id: String(id) },
      select: { receivedAt: true, dueAt: true, dueSoonAt: true, firstResponseAt: true, responseMet: true },
    });
  }

  it("starts as the lead is stored, with the rule's target; due soon at 80%", async () => {
    await rule({ name: "One hour", mode: "ONE_USER", userId: actor.id, targetMinutes: 60 });
    const answer = await post(key, leadBody());
    const clock = await clockOf(answer.json.id);
    expect(clock.dueAt!.getTime() - clock.receivedAt.getTime()).toBe(60 * 60_000);
    expect(clock.dueSoonAt!.getTime() - clock.receivedAt.getTime()).toBe(48 * 60_000);
    expect(clock.firstResponseAt).toBeNull();
  });

  it("no target, or a test lead: no clock", async () => {
    await rule({ name: "No target", offers: ["contoso.no-target"], mode: "UNASSIGNED" });
    await rule({ name: "Targeted", mode: "UNASSIGNED", targetMinutes: 60 });
    expect((await clockOf((await post(key, leadBody({ offer: "contoso.no-target" }))).json.id)).dueAt).toBeNull();
    const test = await post(key, {
      userDetails: { email: "MSFT_TEST_1@test.com" },
      leadSource: "AzureMarketplace-INS|MSFT_TEST_1",
      description: "MSFT_TEST_636573304831318844",
    });
    expect(test.json.test).toBe(true);
    expect((await clockOf(test.json.id)).dueAt).toBeNull();
    expect((await clockOf((await post(key, leadBody())).json.id)).dueAt).not.toBeNull();
  });

  it("stops at the first status change from New (in time), not at an owner change; later actions leave it", async () => {
    await rule({ name: "Four hours", mode: "UNASSIGNED", targetMinutes: 240 });
    const id = String((await post(key, leadBody())).json.id);
    await triageLead(id, { kind: "owner", ownerId: actor.id }, actor);
    expect((await clockOf(id)).firstResponseAt).toBeNull();
    await triageLead(id, { kind: "status", status: "CONTACTED" }, actor);
    const stopped = await clockOf(id);
    expect(stopped).toMatchObject({ responseMet: true });
    expect(stopped.firstResponseAt).not.toBeNull();
    await addLeadNote(id, "called again", actor);
    expect((await clockOf(id)).firstResponseAt).toEqual(stopped.firstResponseAt);
  });

  it("a note stops it too; past the due time it is answered late", async () => {
    await rule({ name: "Short", mode: "UNASSIGNED", targetMinutes: 30 });
    const id = String((await post(key, leadBody())).json.id);
    const db = await getDb();
    await db.lead.update({ where: { id }, data: { dueAt: new Date(Date.now() - 60_000) } });
    await addLeadNote(id, "left a voicemail", actor);
    expect(await clockOf(id)).toMatchObject({ responseMet: false });
  });

  it("the list filters sla=overdue|due-soon|met|missed and sorts by due time", async () => {
    await rule({ name: "Clocked", offers: ["contoso.sla-offer"], mode: "UNASSIGNED", targetMinutes: 600 });
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(String((await post(key, leadBody({ offer: "contoso.sla-offer" }))).json.id));
    const db = await getDb();
    const now = new Date();
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    // overdue, due soon, running, answered in time, answered late
    await db.lead.update({ where: { id: ids[0] }, data: { dueAt: at(-30), dueSoonAt: at(-60) } });
    await db.lead.update({ where: { id: ids[1] }, data: { dueAt: at(20), dueSoonAt: at(-5) } });
    await db.lead.update({ where: { id: ids[2] }, data: { dueAt: at(300), dueSoonAt: at(200) } });
    await triageLead(ids[3]!, { kind: "status", status: "CONTACTED" }, actor);
    await db.lead.update({ where: { id: ids[4] }, data: { dueAt: at(-1) } });
    await addLeadNote(ids[4]!, "late", actor);

    const expectations = { overdue: [ids[0]], "due-soon": [ids[1]], met: [ids[3]], missed: [ids[4]] };
    for (const [sla, expected] of Object.entries(expectations)) {
      const chosen = params(`offer=contoso.sla-offer&sla=${sla}`);
      expect((await listLeads(chosen, actor.id, now)).rows.map((r) => r.id)).toEqual(expected);
      // The exact count (bulk triage, the overview) agrees.
      expect(await countLeads(chosen, actor.id, now)).toBe(expected.length);
    }
    const byDue = await listLeads(params("offer=contoso.sla-offer&sort=due"), actor.id, now);
    expect(byDue.rows.map((r) => r.id).slice(0, 3)).toEqual([ids[0], ids[4], ids[1]]);
  });

  it("overview: median and 90th percentile per owner and per source over 7 and 30 days, share within target", async () => {
    const owner = await salesUser("stats");
    const db = await getDb();
    const now = new Date();
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    // Ten answered leads this week, 1…10 min after arrival (due in 5 min: five in time), one
    // unanswered and past due, and one answered in 60 min twelve days ago.
    const make = async (receivedMinutesAgo: number, responseMinutes: number | null, source = "StatsSource") => {
      const id = String((await post(key, leadBody())).json.id);
      const receivedAt = ago(receivedMinutesAgo);
      const firstResponseAt =
        responseMinutes === null ? null : new Date(receivedAt.getTime() + responseMinutes * 60_000);
      const dueAt = new Date(receivedAt.getTime() + 5 * 60_000);
      const responseMet = firstResponseAt ? firstResponseAt <= dueAt : null;
      await db.lead.update({
        where: { id },
        data: { ownerId: owner.id, source, receivedAt, dueAt, firstResponseAt, responseMet },
      });
    };
    for (let m = 1; m <= 10; m++) await make(120, m);
    await make(120, null);
    await make(12 * 24 * 60, 60);
    // A lead with neither owner nor source: the groups the page names in the reader's language.
    const orphan = String((await post(key, leadBody())).json.id);
    await db.lead.update({ where: { id: orphan }, data: { ownerId: null, source: null, receivedAt: ago(30) } });

    const groups = await responseStats(now);
    expect(groups.find((g) => g.dimension === "owner" && g.none)).toMatchObject({ key: "Unassigned" });
    expect(groups.find((g) => g.dimension === "source" && g.none)).toMatchObject({ key: "(none)" });
    expect(groups.filter((g) => g.none).every((g) => g.dimension !== "all")).toBe(true);
    const byOwner = groups.find((g) => g.dimension === "owner" && g.key === "stats")!;
    expect(byOwner.windows[7]).toEqual({
      leads: 11,
      answered: 10,
      medianSeconds: 330,
      p90Seconds: 546,
      judged: 11,
      inTime: 5,
    });
    expect(byOwner.windows[30]).toMatchObject({ leads: 12, answered: 11, medianSeconds: 360, judged: 12, inTime: 5 });
    const bySource = groups.find((g) => g.dimension === "source" && g.key === "StatsSource")!;
    expect(bySource.windows).toEqual(byOwner.windows);
    expect([byOwner.none, bySource.none]).toEqual([false, false]);
    expect(groups[0]).toMatchObject({ dimension: "all", key: "All leads" });
  });
});
