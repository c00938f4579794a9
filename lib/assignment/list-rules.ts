import { getDb } from "@/lib/db";

/** Rules in the order they are tried (the default last), with the users they name. */
export async function listRules() {
  const db = await getDb();
  return db.assignmentRule.findMany({
    orderBy: [{ isDefault: "asc" }, { position: "asc" }, { id: "asc" }],
    include: {
      user: { select: { id: true, email: true, name: true, active: true } },
      members: {
        orderBy: { position: "asc" },
        include: { user: { select: { id: true, email: true, name: true, active: true } } },
      },
    },
  });
}

export type RuleListItem = Awaited<ReturnType<typeof listRules>>[number];

export async function getRule(id: string) {
  const db = await getDb();
  return db.assignmentRule.findUnique({ where: { id }, include: { members: { orderBy: { position: "asc" } } } });
}
