// Bulk status/owner changes on a selection or on everything a filter matches.
// A filter-wide change must name the count the person confirmed: if the filter
// now matches a different number, nothing is changed and they confirm again.
// Leads are walked in id-keyset batches, each in its own short transaction, so
// a change to a hundred thousand leads neither holds one huge lock nor loads
// every id at once (and leads leaving the filter mid-way are not skipped).
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { leadFilterWhere, type LeadFilter } from "./lead-filter-where";
import { applyChange, validateChange, type TriageChange, type TriageResult } from "./triage";

const BATCH = 500;

export type BulkScope = { ids: string[] } | { filter: LeadFilter; expected: number };

/** The exact number of leads a filter matches, for the confirmation step. */
export async function countMatching(filter: LeadFilter, userId: string): Promise<number> {
  const db = await getDb();
  return db.lead.count({ where: leadFilterWhere(filter, userId) });
}

export async function bulkTriage(scope: BulkScope, change: TriageChange, actor: SessionUser): Promise<TriageResult> {
  const valid = await validateChange(change);
  const total: TriageResult = { changed: 0, skippedDoNotContact: 0 };
  const add = (r: TriageResult) => {
    total.changed += r.changed;
    total.skippedDoNotContact += r.skippedDoNotContact;
  };
  if ("ids" in scope) {
    for (let i = 0; i < scope.ids.length; i += BATCH) add(await applyChange(scope.ids.slice(i, i + BATCH), valid, actor));
    return total;
  }
  const now = await countMatching(scope.filter, actor.id);
  if (now !== scope.expected) {
    throw new UserFacingError(`The filter now matches ${now.toLocaleString("en")} leads, not ${scope.expected.toLocaleString("en")}. Check the list and confirm again.`);
  }
  const db = await getDb();
  const where = leadFilterWhere(scope.filter, actor.id);
  let after: string | undefined;
  for (;;) {
    const batch = await db.lead.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (!batch.length) return total;
    add(await applyChange(batch.map((l) => l.id), valid, actor));
    after = batch[batch.length - 1]!.id;
  }
}
