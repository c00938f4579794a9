// Creates or updates an assignment rule. Every user it names must be active:
// a rule that would hand leads to someone who left is refused with their name
// (InvalidInputError, like every refusal: it throws or returns the saved rule).
import { getDb } from "@/lib/db";
import { fieldIssue, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { RuleInput } from "./rule-input";

export interface SavedRule {
  id: string;
  created: boolean;
}

/** The e-mails of the named users who are not active, and whether any no longer exists. */
async function inactiveNamed(ids: string[]): Promise<{ inactive: string[]; missing: boolean }> {
  if (!ids.length) return { inactive: [], missing: false };
  const db = await getDb();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true, active: true } });
  const missing = ids.filter((id) => !users.some((u) => u.id === id));
  return { inactive: users.filter((u) => !u.active).map((u) => u.email), missing: missing.length > 0 };
}

export async function saveRule(input: RuleInput, id?: string): Promise<SavedRule> {
  const userIds = input.mode === "ONE_USER" ? [input.userId!] : input.mode === "ROUND_ROBIN" ? input.memberIds : [];
  const { inactive, missing } = await inactiveNamed(userIds);
  const field = input.mode === "ONE_USER" ? "userId" : "members";
  if (missing) throw new InvalidInputError([fieldIssue(field, "ruleMemberUnknown")], "ruleMemberUnknown");
  if (inactive.length) {
    const values = { users: inactive.join(", "), count: inactive.length };
    throw new InvalidInputError([fieldIssue(field, "ruleInactiveUsers", values)], "ruleInactiveUsers", values);
  }
  const db = await getDb();
  const data = {
    name: input.name,
    sources: input.sources,
    actions: input.actions,
    offers: input.offers,
    countries: input.countries,
    stages: input.stages,
    mode: input.mode,
    userId: input.mode === "ONE_USER" ? input.userId : null,
    targetMinutes: input.targetMinutes,
    // Without a time zone the clock runs around the clock; the hours are kept as the form's defaults.
    timeZone: input.businessHours?.timeZone ?? null,
    ...(input.businessHours && {
      workDays: input.businessHours.workDays,
      openMinute: input.businessHours.openMinute,
      closeMinute: input.businessHours.closeMinute,
    }),
  };
  const members = input.mode === "ROUND_ROBIN" ? input.memberIds.map((userId, position) => ({ userId, position })) : [];
  return db.$transaction(async (tx) => {
    if (id) {
      const existing = await tx.assignmentRule.findUnique({ where: { id }, select: { isDefault: true } });
      if (!existing) throw new NotFoundError("ruleGone");
      // The default rule matches every lead: its conditions stay empty.
      const update = existing.isDefault
        ? { ...data, sources: [], actions: [], offers: [], countries: [], stages: [] }
        : data;
      await tx.assignmentRuleMember.deleteMany({ where: { ruleId: id } });
      await tx.assignmentRule.update({ where: { id }, data: { ...update, members: { create: members } } });
      return { id, created: false };
    }
    const last = await tx.assignmentRule.aggregate({ where: { isDefault: false }, _max: { position: true } });
    const rule = await tx.assignmentRule.create({
      data: { ...data, position: (last._max.position ?? 0) + 1, members: { create: members } },
    });
    return { id: rule.id, created: true };
  });
}
