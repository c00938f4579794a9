import { getDb } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";

/** Swaps a rule with its neighbour above or below; the default rule stays last. */
export async function moveRule(id: string, direction: "up" | "down"): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    // Row locks: two admins reordering at once cannot interleave their swaps.
    await tx.$queryRaw`SELECT id FROM assignment_rules WHERE NOT "isDefault" ORDER BY id FOR UPDATE`;
    const rules = await tx.assignmentRule.findMany({
      where: { isDefault: false },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const at = rules.findIndex((r) => r.id === id);
    if (at < 0) throw new UserFacingError("ruleMove");
    const to = direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= rules.length) return;
    [rules[at], rules[to]] = [rules[to]!, rules[at]!];
    // Renumbered 1..n: positions stay distinct even if older rows shared one.
    for (const [i, rule] of rules.entries())
      await tx.assignmentRule.update({ where: { id: rule.id }, data: { position: i + 1 } });
  });
}
