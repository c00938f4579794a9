// Assignment at ingestion (leaddesk_store_leads, migration assignment_rules):
// the first matching rule decides, round-robin takes turns in order, a retry
// takes none, a repeat visit goes to the first lead's owner while active, test
// leads stay unassigned, and the webhook answer names the owner.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deleteRule } from "@/lib/assignment/delete-rule";
import { moveRule } from "@/lib/assignment/move-rule";
import { reassignOpenLeads } from "@/lib/assignment/reassign-open-leads";
import { removeFromRotations } from "@/lib/assignment/remove-from-rotations";
import { saveRule } from "@/lib/assignment/save-rule";
import { getDb } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { setUserActive } from "@/lib/users/update-user";
import { leadBody, resetRules, rule, salesUser } from "@/tests/support/assignment";
import { newKey, post } from "@/tests/support/webhook";
import { outcome } from "@/tests/support/outcome";

let key: string;
beforeAll(async () => {
  key = (await newKey("assignment")).key;
  // Deactivating someone needs another active admin to remain.
  await createUser({ email: "keeper@assign.test", role: "ADMIN", password: "correct horse battery" });
});
beforeEach(resetRules);

async function owner(leadId: unknown) {
  const db = await getDb();
  const lead = await db.lead.findUniqueOrThrow({
    where: { id: String(leadId) },
    include: { owner: true, assignmentRule: true },
  });
  return { email: lead.owner?.email ?? null, rule: lead.assignmentRule?.name ?? null };
}

describe("rule matching", () => {
  it("first match wins, conditions combine, empty means any, the default takes the rest", async () => {
    const [ann, bob, cai] = [await salesUser("ann"), await salesUser("bob"), await salesUser("cai")];
    await rule({
      name: "AppSource Germany",
      sources: ["AppSource"],
      countries: ["de"],
      mode: "ONE_USER",
      userId: ann.id,
    });
    await rule({ name: "AppSource", sources: ["AppSource"], mode: "ONE_USER", userId: bob.id });
    await rule({
      name: "Trials of one offer",
      stages: ["TRIAL"],
      offers: ["Contoso.Trial-Offer"],
      mode: "ONE_USER",
      userId: cai.id,
    });
    const db = await getDb();
    await db.assignmentRule.updateMany({ where: { isDefault: true }, data: { mode: "ONE_USER", userId: cai.id } });

    const germany = await post(key, leadBody({ source: "SPZA", action: "PLT", country: "DE" }));
    const us = await post(key, leadBody({ source: "SPZA", action: "PLT", country: "US" }));
    const noCountry = await post(key, {
      ...leadBody({ source: "SPZA" }),
      UserDetails: { Email: `nc${Date.now()}@x.test` },
    });
    const trial = await post(
      key,
      leadBody({ source: "TestDrive", action: "StartTestDrive", offer: "contoso.trial-offer" }),
    );
    const other = await post(key, leadBody({ source: "AzurePortal", action: "Create", offer: "contoso.other" }));

    expect(germany.json.owner).toBe(ann.email);
    expect(await owner(germany.json.id)).toEqual({ email: ann.email, rule: "AppSource Germany" });
    // No country fails a country condition; the next rule matches.
    expect([us.json.owner, noCountry.json.owner]).toEqual([bob.email, bob.email]);
    expect(trial.json.owner).toBe(cai.email);
    expect(await owner(trial.json.id)).toEqual({ email: cai.email, rule: "Trials of one offer" });
    expect(await owner(other.json.id)).toEqual({ email: cai.email, rule: "Default" });

    const activity = await db.leadActivity.findFirstOrThrow({ where: { leadId: String(germany.json.id) } });
    expect(activity).toMatchObject({
      kind: "OWNER",
      actorId: null,
      toValue: ann.email,
      note: "assigned by rule AppSource Germany",
    });
  });

  it("an action condition matches leads of that action only", async () => {
    const [dee, eve] = [await salesUser("dee"), await salesUser("eve")];
    await rule({ name: "Portal creations", actions: ["Create"], mode: "ONE_USER", userId: dee.id });
    const db = await getDb();
    await db.assignmentRule.updateMany({ where: { isDefault: true }, data: { mode: "ONE_USER", userId: eve.id } });
    const created = await post(key, leadBody({ source: "AzurePortal", action: "Create" }));
    const trial = await post(key, leadBody({ source: "AzurePortal", action: "StartTestDrive" }));
    expect([created.json.owner, trial.json.owner]).toEqual([dee.email, eve.email]);
    expect(await owner(created.json.id)).toEqual({ email: dee.email, rule: "Portal creations" });
  });

  it("order is the admin's: moving a rule up changes which one wins; a deleted rule no longer matches", async () => {
    const [ann, bob] = [await salesUser("ann"), await salesUser("bob")];
    const broad = await rule({ name: "Everything", mode: "ONE_USER", userId: ann.id });
    const narrow = await rule({ name: "Portal", sources: ["AzurePortal"], mode: "ONE_USER", userId: bob.id });
    const body = () => leadBody({ source: "AzurePortal", action: "Create" });
    expect((await post(key, body())).json.owner).toBe(ann.email);
    await moveRule(narrow, "up");
    expect((await post(key, body())).json.owner).toBe(bob.email);
    await deleteRule(narrow);
    expect((await post(key, body())).json.owner).toBe(ann.email);
    await deleteRule(broad);
    expect((await post(key, body())).json.owner).toBeNull();
    const db = await getDb();
    await expect(
      deleteRule((await db.assignmentRule.findFirstOrThrow({ where: { isDefault: true } })).id),
    ).rejects.toThrow(/default rule cannot be deleted/);
  });

  it("an unassigned outcome records the rule but no owner or activity", async () => {
    await rule({ name: "Park do-not-contact", stages: ["DO_NOT_CONTACT"], mode: "UNASSIGNED" });
    const answer = await post(key, leadBody({ source: "SPZA", action: "DNC" }));
    expect(answer.json.owner).toBeNull();
    expect(await owner(answer.json.id)).toEqual({ email: null, rule: "Park do-not-contact" });
    const db = await getDb();
    expect(await db.leadActivity.count({ where: { leadId: String(answer.json.id) } })).toBe(0);
  });
});

describe("round-robin", () => {
  it("takes turns in the rotation's order, and a retried body takes no turn", async () => {
    const users = [await salesUser("r1"), await salesUser("r2"), await salesUser("r3")];
    const id = await rule({ name: "Rotation", mode: "ROUND_ROBIN", memberIds: users.map((u) => u.id) });
    const owners: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const body = leadBody();
      const first = await post(key, body);
      const retry = await post(key, body);
      expect(retry.json).toMatchObject({ status: "retry", id: first.json.id, owner: first.json.owner });
      owners.push(first.json.owner);
    }
    const emails = users.map((u) => u.email);
    expect(owners).toEqual([...emails, ...emails]);
    const db = await getDb();
    expect((await db.assignmentRule.findUniqueOrThrow({ where: { id } })).turns).toBe(6n);
  });

  it("skips deactivated members; deactivation takes them out of every rotation", async () => {
    const [a, b, c] = [await salesUser("a"), await salesUser("b"), await salesUser("c")];
    const id = await rule({ name: "Skip", mode: "ROUND_ROBIN", memberIds: [a.id, b.id, c.id] });
    await setUserActive(b.id, false);
    const owners = [];
    for (let i = 0; i < 4; i++) owners.push((await post(key, leadBody())).json.owner);
    expect(owners).toEqual([a.email, c.email, a.email, c.email]);

    expect(await removeFromRotations(b.id)).toEqual({ rotations: 1, oneUserRules: [] });
    const db = await getDb();
    expect((await db.assignmentRuleMember.findMany({ where: { ruleId: id } })).map((m) => m.userId).sort()).toEqual(
      [a.id, c.id].sort(),
    );
  });

  it("a rotation with nobody active leaves the lead unassigned and takes no turn", async () => {
    const a = await salesUser("gone");
    const id = await rule({ name: "Empty", mode: "ROUND_ROBIN", memberIds: [a.id] });
    await setUserActive(a.id, false);
    expect((await post(key, leadBody())).json.owner).toBeNull();
    const db = await getDb();
    expect((await db.assignmentRule.findUniqueOrThrow({ where: { id } })).turns).toBe(0n);
  });
});

describe("repeat visits, test leads and people who left", () => {
  it("a duplicate within 180 days goes to the first lead's owner while that owner is active", async () => {
    const [first, x, y] = [await salesUser("first"), await salesUser("x"), await salesUser("y")];
    await rule({ name: "Everyone", mode: "ROUND_ROBIN", memberIds: [first.id, x.id, y.id] });
    const email = `repeat${Date.now()}@contoso.com`;
    const original = await post(key, leadBody({ email }));
    expect(original.json.owner).toBe(first.email);
    const repeat = await post(key, leadBody({ email, note: "second visit" }));
    expect(repeat.json).toMatchObject({ status: "duplicate", duplicateOf: original.json.id, owner: first.email });
    const db = await getDb();
    const note = await db.leadActivity.findFirstOrThrow({ where: { leadId: String(repeat.json.id) } });
    expect(note.note).toBe("assigned to the owner of the first lead (a repeat visit)");

    // The repeat took no turn: the next new lead is x's.
    expect((await post(key, leadBody())).json.owner).toBe(x.email);
    await setUserActive(first.id, false);
    const third = await post(key, leadBody({ email, note: "third visit" }));
    expect(third.json).toMatchObject({ status: "duplicate", duplicateOf: original.json.id, owner: y.email });
  });

  it("test leads are not assigned and take no turn", async () => {
    const a = await salesUser("t");
    const id = await rule({ name: "All", mode: "ROUND_ROBIN", memberIds: [a.id] });
    const test = await post(key, {
      userDetails: {
        firstName: "MSFT_TEST_6365",
        lastName: "MSFT_TEST_6365",
        email: "MSFT_TEST_6365@test.com",
        country: "US",
      },
      leadSource: "AzureMarketplace-INS|MSFT_TEST_6365",
      description: "MSFT_TEST_636573304831318844",
    });
    expect(test.json).toMatchObject({ test: true, owner: null });
    expect(await owner(test.json.id)).toEqual({ email: null, rule: null });
    const db = await getDb();
    expect((await db.assignmentRule.findUniqueOrThrow({ where: { id } })).turns).toBe(0n);
  });

  it("a rule naming a deactivated user is refused; a one-user rule whose user left assigns nobody", async () => {
    const [left, stays] = [await salesUser("left"), await salesUser("stays")];
    const id = await rule({ name: "Solo", mode: "ONE_USER", userId: left.id });
    await setUserActive(left.id, false);
    expect((await post(key, leadBody())).json.owner).toBeNull();
    expect(await removeFromRotations(left.id)).toEqual({ rotations: 0, oneUserRules: ["Solo"] });

    const base = {
      name: "Solo",
      sources: [],
      actions: [],
      offers: [],
      countries: [],
      stages: [],
      targetMinutes: null,
      businessHours: null,
    };
    expect(await outcome(saveRule({ ...base, mode: "ONE_USER", userId: left.id, memberIds: [] }, id))).toEqual({
      ok: false,
      status: 422,
      message: `${left.email} is not an active user: choose active users only.`,
      fieldErrors: { userId: [`${left.email} is not an active user: choose active users only.`] },
    });
    const refused = await outcome(
      saveRule({ ...base, mode: "ROUND_ROBIN", userId: null, memberIds: [stays.id, left.id] }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { members: [expect.stringContaining(left.email)] } });
  });

  it("a deactivated user's open leads are reassigned with an activity each; closed ones stay", async () => {
    const [leaver, heir, admin] = [await salesUser("leaver"), await salesUser("heir"), await salesUser("admin")];
    await rule({ name: "To leaver", mode: "ONE_USER", userId: leaver.id });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(String((await post(key, leadBody())).json.id));
    const db = await getDb();
    await db.lead.update({ where: { id: ids[2] }, data: { status: "WON" } });
    await setUserActive(leaver.id, false);
    const actor = {
      id: admin.id,
      email: admin.email,
      name: admin.name,
      role: "ADMIN" as const,
      mustChangePassword: false,
      listDensity: "compact" as const,
      timeZone: null,
      locale: null,
    };
    expect(await reassignOpenLeads(leaver.id, heir.id, actor)).toBe(2);
    const leads = await db.lead.findMany({ where: { id: { in: ids } }, select: { id: true, ownerId: true } });
    expect(leads.filter((l) => l.ownerId === heir.id)).toHaveLength(2);
    expect(leads.find((l) => l.id === ids[2])?.ownerId).toBe(leaver.id);
    const moved = await db.leadActivity.findMany({ where: { leadId: { in: ids }, actorId: admin.id } });
    expect(moved.map((a) => [a.fromValue, a.toValue])).toEqual([
      [leaver.email, heir.email],
      [leaver.email, heir.email],
    ]);
    await expect(reassignOpenLeads(heir.id, leaver.id, actor)).rejects.toThrow(/not an active user/);
  });
});
