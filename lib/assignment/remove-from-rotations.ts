import { getDb } from "@/lib/db";

/**
 * A deactivated user leaves every rotation. (Ingestion skips inactive users
 * anyway; this keeps the rules page honest and a reactivation explicit.)
 * Rules that name them as their one user are returned, for the admin to fix.
 */
export async function removeFromRotations(userId: string): Promise<{ rotations: number; oneUserRules: string[] }> {
  const db = await getDb();
  const { count } = await db.assignmentRuleMember.deleteMany({ where: { userId } });
  const rules = await db.assignmentRule.findMany({ where: { userId, mode: "ONE_USER" }, select: { name: true } });
  return { rotations: count, oneUserRules: rules.map((r) => r.name) };
}
