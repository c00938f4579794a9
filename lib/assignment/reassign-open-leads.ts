// After a deactivation: hand the person's open leads to someone active (or
// leave them unassigned), through triage's owner change so each lead's
// activity log says who moved it.
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { applyChange, validateChange } from "@/lib/leads/triage";
import { openStatuses } from "@/lib/leads/statuses";

export async function reassignOpenLeads(
  fromUserId: string,
  toUserId: string | null,
  actor: SessionUser,
): Promise<number> {
  const change = await validateChange({ kind: "owner", ownerId: toUserId });
  const db = await getDb();
  const leads = await db.lead.findMany({
    where: { ownerId: fromUserId, status: { in: openStatuses } },
    select: { id: true },
  });
  if (!leads.length) return 0;
  return (
    await applyChange(
      leads.map((l) => l.id),
      change,
      actor,
    )
  ).changed;
}

/** Open leads per deactivated user who still owns some: what the users page offers to reassign. */
export async function openLeadsOfInactiveUsers(): Promise<Map<string, number>> {
  const db = await getDb();
  const rows = await db.lead.groupBy({
    by: ["ownerId"],
    where: { status: { in: openStatuses }, owner: { active: false } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.ownerId!, r._count._all]));
}
