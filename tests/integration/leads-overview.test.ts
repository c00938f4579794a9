import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { startOfUtcDay } from "@/lib/leads/lead-filter-sql";
import { listLeads } from "@/lib/leads/list-leads";
import { cachedOverview } from "@/lib/leads/overview-cache";
import { overviewStats } from "@/lib/leads/overview-stats";
import { addLeadNote } from "@/lib/leads/triage-lead";
import { applyChange } from "@/lib/leads/triage";
import { seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";

describe("overview", () => {
  it("counts per day by stage and source, and each number's link shows the same leads", async () => {
    const me = await seedUser();
    const offer = uniqueOffer();
    const before = await overviewStats();
    await seedLead({ offer, source: "SPZA", action: "PLT" });
    await seedLead({ offer, source: "SPZA", action: "DNC" });
    await seedLead({
      offer,
      source: "TestDrive",
      action: "StartTestDrive",
      receivedAt: new Date(Date.now() - 3 * 86_400_000),
    });
    await seedLead({ offer, test: true });
    const db = await getDb();
    const destination = await db.destination.create({ data: { kind: "HTTPS", name: `overview ${offer}` } });
    const failing = await seedLead({ offer });
    // The outbox queued it for the destination; the worker gave up on it.
    await db.delivery.update({
      where: { leadId_destinationId: { leadId: failing, destinationId: destination.id } },
      data: { state: "DEAD", attempts: 5 },
    });

    const after = await overviewStats();
    const today = new Date().toISOString().slice(0, 10);
    const sum = (rows: { day: string; key: string; count: number }[], key: string, day?: string) =>
      rows.filter((r) => r.key === key && (!day || r.day === day)).reduce((a, r) => a + r.count, 0);
    expect(after.days).toHaveLength(30);
    expect(after.days.at(-1)).toBe(today);
    expect(sum(after.byStage, "ACTIVE", today) - sum(before.byStage, "ACTIVE", today)).toBe(1);
    expect(sum(after.byStage, "TRIAL") - sum(before.byStage, "TRIAL")).toBe(1);
    // Test leads are not counted.
    expect(sum(after.bySource, "AppSource") - sum(before.bySource, "AppSource")).toBe(2);
    expect(after.newToday.count - before.newToday.count).toBe(3);
    expect(after.doNotContact.count - before.doNotContact.count).toBe(1);
    expect(after.failing.deliveries - before.failing.deliveries).toBe(1);

    for (const metric of [after.newToday, after.unassigned, after.doNotContact, after.failing]) {
      expect((await listLeads({ ...metric.params, size: 100 }, me.id)).total).toBe(metric.count);
    }
    await db.destination.update({ where: { id: destination.id }, data: { enabled: false } });
  });

  it("is counted once for a while, and recounted at once after a triage change or a note made here", async () => {
    const me = await seedUser();
    const offer = uniqueOffer();
    // Every instant below in one UTC day (a new day is a new count), at most a few minutes from now.
    const t0 = Math.min(Date.now(), startOfUtcDay(new Date()).getTime() + 86_400_000 - 600_000);
    const at = (seconds: number) => new Date(t0 + seconds * 1000);
    const newToday = async (seconds: number) => (await cachedOverview(at(seconds))).stats.newToday.count;
    const unassigned = async (seconds: number) => (await cachedOverview(at(seconds))).stats.unassigned.count;
    const counted = await newToday(0);
    const lead = await seedLead({ offer });
    // Fresh: the new lead is not counted yet.
    expect(await newToday(5)).toBe(counted);
    // Too old to show: counted again, and awaited.
    expect(await newToday(500)).toBe(counted + 1);
    const open = await unassigned(501);
    await applyChange([lead], { kind: "owner", ownerId: me.id }, me);
    await vi.waitFor(async () => expect(await unassigned(502)).toBe(open - 1), { timeout: 10_000, interval: 20 });

    const answered = async (seconds: number) =>
      (await cachedOverview(at(seconds))).responses.find((g) => g.dimension === "all")!.windows[7].answered;
    const before = await answered(503);
    await addLeadNote(lead, "Called back", me);
    await vi.waitFor(async () => expect(await answered(504)).toBe(before + 1), { timeout: 10_000, interval: 20 });
  });
});
