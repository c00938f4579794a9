import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { bulkTriage, countMatching } from "@/lib/leads/bulk-triage";
import { addLeadNote, triageLead } from "@/lib/leads/triage-lead";
import { params, seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";

const activities = async (leadId: string) => {
  const db = await getDb();
  return db.leadActivity.findMany({
    where: { leadId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, fromValue: true, toValue: true, note: true, actorId: true },
  });
};
const lead = async (id: string) => (await getDb()).lead.findUniqueOrThrow({ where: { id } });

describe("triage of one lead", () => {
  it("moves through the workflow and records who changed what", async () => {
    const me = await seedUser();
    const id = await seedLead({ offer: uniqueOffer() });
    await triageLead(id, { kind: "status", status: "CONTACTED" }, me);
    await triageLead(id, { kind: "status", status: "QUALIFIED" }, me);
    await triageLead(id, { kind: "status", status: "WON" }, me);
    // Setting the same status again changes nothing and records nothing.
    expect(await triageLead(id, { kind: "status", status: "WON" }, me)).toBe(0);
    expect((await lead(id)).status).toBe("WON");
    expect(await activities(id)).toEqual([
      { kind: "STATUS", fromValue: "NEW", toValue: "CONTACTED", note: null, actorId: me.id },
      { kind: "STATUS", fromValue: "CONTACTED", toValue: "QUALIFIED", note: null, actorId: me.id },
      { kind: "STATUS", fromValue: "QUALIFIED", toValue: "WON", note: null, actorId: me.id },
    ]);
  });

  it("refuses to move a do-not-contact lead to Contacted, with a clear message", async () => {
    const me = await seedUser();
    const id = await seedLead({ offer: uniqueOffer(), source: "SPZA", action: "DNC" });
    expect((await lead(id)).doNotContact).toBe(true);
    await expect(triageLead(id, { kind: "status", status: "CONTACTED" }, me)).rejects.toThrow(
      /asked not to be contacted/,
    );
    expect((await lead(id)).status).toBe("NEW");
    expect(await activities(id)).toEqual([]);
    // Other moves are allowed: it can be disqualified, with a reason.
    await triageLead(id, { kind: "status", status: "DISQUALIFIED", reason: "Cross-listed partner" }, me);
    expect(await lead(id)).toMatchObject({ status: "DISQUALIFIED", disqualifyReason: "Cross-listed partner" });
  });

  it("needs a reason to disqualify, and clears it when the lead is reopened", async () => {
    const me = await seedUser();
    const id = await seedLead({ offer: uniqueOffer() });
    await expect(triageLead(id, { kind: "status", status: "DISQUALIFIED", reason: "   " }, me)).rejects.toThrow(/why/);
    expect((await lead(id)).status).toBe("NEW");
    await triageLead(id, { kind: "status", status: "DISQUALIFIED", reason: "Student project" }, me);
    await triageLead(id, { kind: "status", status: "NEW" }, me);
    expect(await lead(id)).toMatchObject({ status: "NEW", disqualifyReason: null });
    expect((await activities(id)).map((a) => [a.toValue, a.note])).toEqual([
      ["DISQUALIFIED", "Student project"],
      ["NEW", null],
    ]);
  });

  it("assigns and unassigns an owner, and keeps notes", async () => {
    const me = await seedUser();
    const colleague = await seedUser();
    const id = await seedLead({ offer: uniqueOffer() });
    await triageLead(id, { kind: "owner", ownerId: colleague.id }, me);
    await triageLead(id, { kind: "owner", ownerId: null }, me);
    await addLeadNote(id, "  Called, left a voicemail ", me);
    await expect(addLeadNote(id, " ", me)).rejects.toThrow(/note/);
    expect((await lead(id)).ownerId).toBeNull();
    expect(await activities(id)).toEqual([
      { kind: "OWNER", fromValue: null, toValue: colleague.email, note: null, actorId: me.id },
      { kind: "OWNER", fromValue: colleague.email, toValue: null, note: null, actorId: me.id },
      { kind: "NOTE", fromValue: null, toValue: null, note: "Called, left a voicemail", actorId: me.id },
    ]);
  });

  it("refuses an inactive owner and an unknown lead", async () => {
    const me = await seedUser();
    const gone = await seedUser();
    await (await getDb()).user.update({ where: { id: gone.id }, data: { active: false } });
    const id = await seedLead({ offer: uniqueOffer() });
    await expect(triageLead(id, { kind: "owner", ownerId: gone.id }, me)).rejects.toThrow(/not an active user/);
    await expect(
      triageLead("00000000-0000-4000-8000-000000000000", { kind: "status", status: "LOST" }, me),
    ).rejects.toThrow(/no longer exists/);
  });
});

describe("bulk triage", () => {
  it("changes a selection, skipping do-not-contact leads for Contacted", async () => {
    const me = await seedUser();
    const offer = uniqueOffer();
    const a = await seedLead({ offer });
    const b = await seedLead({ offer });
    const dnc = await seedLead({ offer, source: "SPZA", action: "DNC" });
    const result = await bulkTriage({ ids: [a, b, dnc] }, { kind: "status", status: "CONTACTED" }, me);
    expect(result).toEqual({ changed: 2, skippedDoNotContact: 1 });
    expect((await lead(dnc)).status).toBe("NEW");
    expect((await activities(a)).map((x) => x.toValue)).toEqual(["CONTACTED"]);
  });

  it("changes everything a filter matches once the count is confirmed", async () => {
    const me = await seedUser();
    const owner = await seedUser();
    const offer = uniqueOffer();
    const matching = [];
    for (let i = 0; i < 7; i += 1) matching.push(await seedLead({ offer, source: "SPZA", action: "PLT" }));
    const other = await seedLead({ offer, source: "AzureMarketplace", action: "INS" });
    const filter = params(`offer=${offer}&source=AppSource`);
    expect(await countMatching(filter, me.id)).toBe(7);

    // A stale confirmation changes nothing.
    await expect(bulkTriage({ filter, expected: 6 }, { kind: "owner", ownerId: owner.id }, me)).rejects.toThrow(
      /now matches 7 leads, not 6/,
    );
    expect((await lead(matching[0]!)).ownerId).toBeNull();

    expect(await bulkTriage({ filter, expected: 7 }, { kind: "owner", ownerId: owner.id }, me)).toEqual({
      changed: 7,
      skippedDoNotContact: 0,
    });
    const db = await getDb();
    expect(await db.lead.count({ where: { offerId: offer, ownerId: owner.id } })).toBe(7);
    expect((await lead(other)).ownerId).toBeNull();
    expect(
      await db.leadActivity.count({ where: { leadId: { in: matching }, kind: "OWNER", toValue: owner.email } }),
    ).toBe(7);
  });

  it("walks filter matches in batches even when the change takes them out of the filter", async () => {
    const me = await seedUser();
    const offer = uniqueOffer();
    for (let i = 0; i < 12; i += 1) await seedLead({ offer });
    const filter = params(`offer=${offer}&status=NEW`);
    const result = await bulkTriage({ filter, expected: 12 }, { kind: "status", status: "LOST" }, me);
    expect(result.changed).toBe(12);
    expect(await countMatching(filter, me.id)).toBe(0);
  });

  it("refuses a disqualification without a reason before touching anything", async () => {
    const me = await seedUser();
    const id = await seedLead({ offer: uniqueOffer() });
    await expect(bulkTriage({ ids: [id] }, { kind: "status", status: "DISQUALIFIED" }, me)).rejects.toThrow(/why/);
    expect((await lead(id)).status).toBe("NEW");
  });
});
