// Triage changes, one rule set for a single lead and for bulk: every change is
// written with a LeadActivity row (who, what, when) in the same transaction,
// and who may make it is decided where it is called (guardedAction's role check).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { UserFacingError } from "@/lib/errors";
import { forgetLeadFacets } from "./facet-cache";
import { refreshOverview } from "./overview-cache";
import { leadStatuses, type LeadStatus } from "./statuses";

export type TriageChange =
  { kind: "status"; status: LeadStatus; reason?: string } | { kind: "owner"; ownerId: string | null };

const lockedLead = z.object({
  id: z.string(),
  status: z.enum(leadStatuses),
  ownerId: z.string().nullable(),
  doNotContact: z.boolean(),
});

export interface TriageResult {
  changed: number;
  /** Do-not-contact leads a bulk "Contacted" left alone. */
  skippedDoNotContact: number;
}

/** Checks a change before any lead is touched: the messages a person can act on. */
export async function validateChange(change: TriageChange): Promise<TriageChange> {
  if (change.kind === "status") {
    const reason = change.reason?.trim();
    if (change.status === "DISQUALIFIED" && !reason) throw new UserFacingError("disqualifyReason");
    return { kind: "status", status: change.status, reason: change.status === "DISQUALIFIED" ? reason : undefined };
  }
  if (change.ownerId) {
    const db = await getDb();
    const owner = await db.user.findUnique({ where: { id: change.ownerId }, select: { active: true } });
    if (!owner?.active) throw new UserFacingError("ownerInactive");
  }
  return change;
}

/** Applies a validated change to a batch of leads in one transaction. */
export async function applyChange(leadIds: string[], change: TriageChange, actor: SessionUser): Promise<TriageResult> {
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    // Row locks: two people changing the same lead record their activities in order.
    const rows = await tx.$queryRaw`
      SELECT id::text AS id, status::text AS status, "ownerId"::text AS "ownerId", "doNotContact"
      FROM leads WHERE id = ANY(${leadIds}::uuid[]) ORDER BY id FOR UPDATE`;
    const leads = parseRows(lockedLead, rows);
    return change.kind === "status" ? setStatus(tx, leads, change, actor) : setOwner(tx, leads, change.ownerId, actor);
  });
  // Counts in this process's filter menus now show the change; its overview shows it once recounted.
  forgetLeadFacets();
  refreshOverview();
  return result;
}

async function setStatus(
  tx: Prisma.TransactionClient,
  leads: { id: string; status: LeadStatus; doNotContact: boolean }[],
  change: { status: LeadStatus; reason?: string },
  actor: SessionUser,
): Promise<TriageResult> {
  const blocked = change.status === "CONTACTED" ? leads.filter((l) => l.doNotContact) : [];
  const targets = leads.filter(
    (l) => !blocked.includes(l) && (l.status !== change.status || change.status === "DISQUALIFIED"),
  );
  if (targets.length) {
    await tx.lead.updateMany({
      where: { id: { in: targets.map((l) => l.id) } },
      data: { status: change.status, disqualifyReason: change.reason ?? null },
    });
    await tx.leadActivity.createMany({
      data: targets.map((l) => ({
        leadId: l.id,
        actorId: actor.id,
        kind: "STATUS",
        fromValue: l.status,
        toValue: change.status,
        note: change.reason ?? null,
      })),
    });
  }
  return { changed: targets.length, skippedDoNotContact: blocked.length };
}

async function setOwner(
  tx: Prisma.TransactionClient,
  leads: { id: string; ownerId: string | null }[],
  ownerId: string | null,
  actor: SessionUser,
): Promise<TriageResult> {
  const targets = leads.filter((l) => l.ownerId !== ownerId);
  if (targets.length) {
    const ids = [...new Set([ownerId, ...targets.map((l) => l.ownerId)].filter((id) => id !== null))];
    const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
    // Activities keep the e-mail, which stays readable even if the user is later removed.
    const email = (id: string | null) => (id ? (users.find((u) => u.id === id)?.email ?? id) : null);
    await tx.lead.updateMany({ where: { id: { in: targets.map((l) => l.id) } }, data: { ownerId } });
    await tx.leadActivity.createMany({
      data: targets.map((l) => ({
        leadId: l.id,
        actorId: actor.id,
        kind: "OWNER",
        fromValue: email(l.ownerId),
        toValue: email(ownerId),
      })),
    });
  }
  return { changed: targets.length, skippedDoNotContact: 0 };
}
