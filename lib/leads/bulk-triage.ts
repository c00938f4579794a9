// Bulk status/owner changes on a selection or on everything a filter matches.
// A filter-wide change must name the count the person confirmed: if the filter
// now matches a different number, nothing is changed and they confirm again.
// Leads are walked in id-keyset batches, each in its own short transaction, so
// a change to a hundred thousand leads neither holds one huge lock nor loads
// every id at once (and leads leaving the filter mid-way are not skipped).
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import { UserFacingError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { leadFilterSql } from "./lead-filter-sql";
import { countLeads } from "./list-leads";
import type { LeadFilter } from "./list-params";
import { applyChange, validateChange, type TriageChange, type TriageResult } from "./triage";

const BATCH = 500;

export type BulkScope = { ids: string[] } | { filter: LeadFilter; expected: number };

/** The filter matches another number of leads than the one confirmed: the change is refused, nothing is done. */
export class MatchCountChangedError extends UserFacingError {
  constructor(
    readonly now: number,
    readonly expected: number,
  ) {
    super("bulkCountChanged", { values: { now, expected } });
  }
}

/** The exact number of leads a filter matches, for the confirmation step. */
export function countMatching(filter: LeadFilter, userId: string): Promise<number> {
  return countLeads(filter, userId);
}

export async function bulkTriage(scope: BulkScope, change: TriageChange, actor: SessionUser): Promise<TriageResult> {
  const valid = await validateChange(change);
  const total: TriageResult = { changed: 0, skippedDoNotContact: 0 };
  const add = (r: TriageResult) => {
    total.changed += r.changed;
    total.skippedDoNotContact += r.skippedDoNotContact;
  };
  if ("ids" in scope) {
    for (let i = 0; i < scope.ids.length; i += BATCH)
      add(await applyChange(scope.ids.slice(i, i + BATCH), valid, actor));
    return total;
  }
  const now = await countMatching(scope.filter, actor.id);
  if (now !== scope.expected) throw new MatchCountChangedError(now, scope.expected);
  const db = await getDb();
  const where = leadFilterSql(scope.filter, actor.id);
  let after: string | undefined;
  for (;;) {
    const rows = await db.$queryRaw`
      SELECT leads.id::text AS id FROM leads
      WHERE ${where} ${after ? Prisma.sql`AND leads.id > ${after}::uuid` : Prisma.empty}
      ORDER BY leads.id LIMIT ${BATCH}`;
    const batch = parseRows(z.object({ id: z.string() }), rows);
    if (!batch.length) return total;
    add(
      await applyChange(
        batch.map((l) => l.id),
        valid,
        actor,
      ),
    );
    after = batch[batch.length - 1]!.id;
  }
}
