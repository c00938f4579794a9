import { LeadDetail } from "@/components/leads/lead-detail";
import { LeadPreviewSheet } from "@/components/leads/lead-preview-sheet";
import { loadLeadPage } from "@/lib/leads/load-lead-page";

// A lead opened from the list (a click, Enter) shows in a sheet over it; the
// same URL loaded directly is the full lead page (leads/[id]).
export default async function LeadPreview({ params }: { params: Promise<{ id: string }> }) {
  const { lead, users } = await loadLeadPage((await params).id);
  return (
    <LeadPreviewSheet id={lead.id}>
      <LeadDetail lead={lead} users={users} inSheet />
    </LeadPreviewSheet>
  );
}
