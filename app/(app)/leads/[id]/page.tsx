import type { Metadata } from "next";
import Link from "next/link";
import { LeadDetail } from "@/components/leads/lead-detail";
import { loadLeadPage } from "@/lib/leads/load-lead-page";

export const metadata: Metadata = { title: "Lead" };

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { lead, users } = await loadLeadPage((await params).id);
  return (
    <>
      <p className="m-0 mb-2 text-sm">
        <Link href="/leads">← Leads</Link>
      </p>
      <LeadDetail lead={lead} users={users} />
    </>
  );
}
