import { describe, expect, it } from "vitest";
import { readRuleForm } from "@/lib/assignment/rule-input";

const a = "11111111-1111-4111-8111-111111111111";
const b = "22222222-2222-4222-8222-222222222222";

describe("readRuleForm", () => {
  it("reads checkboxes by name, splits and dedupes typed lists, keeps the rotation's order", () => {
    const read = readRuleForm({
      name: "  EU AppSource ",
      "source.AppSource": "on",
      "action.PLT": "on",
      "stage.ACTIVE": "on",
      "stage.NOT_A_STAGE": "on",
      offers: "a.one, a.two ,, a.one",
      countries: "DE,AT",
      mode: "ROUND_ROBIN",
      [`member.${b}`]: "on",
      [`member.${a}`]: "on",
      userId: a,
    });
    expect(read).toEqual({
      ok: true,
      id: undefined,
      input: {
        name: "EU AppSource",
        sources: ["AppSource"],
        actions: ["PLT"],
        stages: ["ACTIVE"],
        offers: ["a.one", "a.two"],
        countries: ["DE", "AT"],
        mode: "ROUND_ROBIN",
        userId: null,
        memberIds: [b, a],
      },
    });
  });

  it("says what is missing", () => {
    expect(readRuleForm({ name: "", mode: "UNASSIGNED" })).toMatchObject({ ok: false, fieldErrors: { name: ["Give the rule a name."] } });
    expect(readRuleForm({ name: "x", mode: "SOMETHING" })).toMatchObject({ ok: false, fieldErrors: { mode: ["Choose what the rule does."] } });
    expect(readRuleForm({ name: "x", mode: "ONE_USER", userId: "" })).toEqual({ ok: false, fieldErrors: { userId: ["Choose the user who gets these leads."] } });
    expect(readRuleForm({ name: "x", mode: "ROUND_ROBIN" })).toEqual({ ok: false, fieldErrors: { members: ["Choose at least one user for the rotation."] } });
    expect(readRuleForm({ name: "x", mode: "ROUND_ROBIN", "member.nope": "on" })).toEqual({ ok: false, fieldErrors: { members: ["Unknown user in the rotation."] } });
  });

  it("one user: the members are ignored; unassigned: no user kept", () => {
    expect(readRuleForm({ name: "x", mode: "ONE_USER", userId: a, [`member.${b}`]: "on" })).toMatchObject({ ok: true, input: { userId: a, memberIds: [] } });
    expect(readRuleForm({ name: "x", mode: "UNASSIGNED", userId: a })).toMatchObject({ ok: true, input: { userId: null, memberIds: [] } });
  });
});
