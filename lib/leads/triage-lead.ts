// Triage of one lead from its page: the single-lead rules give a clear error
// instead of silently skipping (a do-not-contact lead is never "Contacted").
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { refreshOverview } from "./overview-cache";
import { applyChange, validateChange, type TriageChange } from "./triage";

export async function triageLead(leadId: string, change: TriageChange, actor: SessionUser): Promise<number> {
  const valid = await validateChange(change);
  const db = await getDb();
  const lead = await db.lead.findUnique({ where: { id: leadId }, select: { doNotContact: true } });
  if (!lead) throw new NotFoundError("leadGone");
  if (valid.kind === "status" && valid.status === "CONTACTED" && lead.doNotContact) {
    throw new UserFacingError("leadDoNotContact");
  }
  return (await applyChange([leadId], valid, actor)).changed;
}

export async function addLeadNote(leadId: string, text: string, actor: SessionUser): Promise<void> {
  const note = text.trim();
  if (!note) throw new UserFacingError("noteEmpty");
  const db = await getDb();
  const lead = await db.lead.findUnique({ where: { id: leadId }, select: { id: true } });
  if (!lead) throw new NotFoundError("leadGone");
  await db.leadActivity.create({ data: { leadId, actorId: actor.id, kind: "NOTE", note } });
  // A note is a response: it may have stopped the lead's clock.
  refreshOverview();
}
