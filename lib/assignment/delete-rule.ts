import { getDb } from "@/lib/db";
import { NotFoundError, UserFacingError } from "@/lib/errors";

/** Deletes a rule; leads it assigned keep their owners. The default rule stays. */
export async function deleteRule(id: string): Promise<string> {
  const db = await getDb();
  const rule = await db.assignmentRule.findUnique({ where: { id }, select: { name: true, isDefault: true } });
  if (!rule) throw new NotFoundError("ruleGone");
  if (rule.isDefault) throw new UserFacingError("ruleDefaultDelete");
  await db.assignmentRule.delete({ where: { id } });
  return rule.name;
}
