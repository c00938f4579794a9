import { describe, expect, it } from "vitest";
import { readRuleForm as read } from "@/lib/assignment/rule-input";
import { english } from "@/lib/i18n/translator";
import { localizeIssues } from "@/lib/i18n/validation";

/** The form read, its problems as an English reader gets them. */
function readRuleForm(form: Record<string, unknown>) {
  const result = read(form);
  return result.ok ? result : { ok: false, fieldErrors: localizeIssues(result.issues, english).fieldErrors };
}

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
        targetMinutes: null,
        businessHours: null,
      },
    });
  });

  it("says what is missing", () => {
    expect(readRuleForm({ name: "", mode: "UNASSIGNED" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Give the rule a name."] },
    });
    expect(readRuleForm({ name: "x", mode: "SOMETHING" })).toMatchObject({
      ok: false,
      fieldErrors: { mode: ["Choose what the rule does."] },
    });
    expect(readRuleForm({ name: "x", mode: "ONE_USER", userId: "" })).toEqual({
      ok: false,
      fieldErrors: { userId: ["Choose the user who gets these leads."] },
    });
    expect(readRuleForm({ name: "x", mode: "ROUND_ROBIN" })).toEqual({
      ok: false,
      fieldErrors: { members: ["Choose at least one user for the rotation."] },
    });
    expect(readRuleForm({ name: "x", mode: "ROUND_ROBIN", "member.nope": "on" })).toEqual({
      ok: false,
      fieldErrors: { members: ["Unknown user in the rotation."] },
    });
  });

  it("one user: the members are ignored; unassigned: no user kept", () => {
    expect(readRuleForm({ name: "x", mode: "ONE_USER", userId: a, [`member.${b}`]: "on" })).toMatchObject({
      ok: true,
      input: { userId: a, memberIds: [] },
    });
    expect(readRuleForm({ name: "x", mode: "UNASSIGNED", userId: a })).toMatchObject({
      ok: true,
      input: { userId: null, memberIds: [] },
    });
  });

  it("reads the response target in hours and business hours in an IANA time zone", () => {
    const base = { name: "x", mode: "UNASSIGNED" };
    expect(readRuleForm({ ...base, targetHours: "1.5" })).toMatchObject({
      ok: true,
      input: { targetMinutes: 90, businessHours: null },
    });
    expect(
      readRuleForm({
        ...base,
        targetHours: "4",
        timeZone: "Europe/Lisbon",
        opens: "08:30",
        closes: "18:00",
        "day.1": "on",
        "day.5": "on",
        "day.9": "on",
      }),
    ).toMatchObject({
      ok: true,
      input: {
        targetMinutes: 240,
        businessHours: { timeZone: "Europe/Lisbon", workDays: [1, 5], openMinute: 510, closeMinute: 1080 },
      },
    });
    expect(readRuleForm({ ...base, targetHours: "0" })).toMatchObject({
      ok: false,
      fieldErrors: { targetHours: ["The target must be more than 0 hours."] },
    });
    expect(readRuleForm({ ...base, targetHours: "soon" })).toMatchObject({
      ok: false,
      fieldErrors: { targetHours: ["Give the target in hours, e.g. 4."] },
    });
    expect(readRuleForm({ ...base, timeZone: "Mars/Olympus" })).toMatchObject({
      ok: false,
      fieldErrors: { timeZone: [expect.stringContaining("Unknown time zone")] },
    });
    expect(readRuleForm({ ...base, timeZone: "UTC" })).toEqual({
      ok: false,
      fieldErrors: { days: ["Choose at least one working day."] },
    });
    expect(readRuleForm({ ...base, timeZone: "UTC", "day.1": "on", opens: "17:00", closes: "09:00" })).toEqual({
      ok: false,
      fieldErrors: { closes: ["Closing time must be after opening time."] },
    });
    expect(readRuleForm({ ...base, opens: "9am" })).toMatchObject({
      ok: false,
      fieldErrors: { opens: ["Use HH:MM, e.g. 09:00."] },
    });
  });
});
