import { notFound } from "next/navigation";
import { LeadDetail } from "@/components/leads/lead-detail";
import { LeadPreviewSheet } from "@/components/leads/lead-preview-sheet";
import { requirePageUser } from "@/lib/auth/session";
import { assignableUsers } from "@/lib/leads/assignable-users";
import { getLeadDetail } from "@/lib/leads/get-lead-detail";

// A lead opened from the list (a click, Enter) shows in a sheet over it; the
// same URL loaded directly is the full lead page (leads/[id]).
export default async function LeadPreview({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser(undefined, `/leads/${encodeURIComponent(id)}`);
  const lead = await getLeadDetail(id);
  if (!lead) notFound();
  const users = await assignableUsers();
  return (
    <LeadPreviewSheet id={lead.id}>
      <LeadDetail lead={lead} users={users} inSheet />
    </LeadPreviewSheet>
  );
}
