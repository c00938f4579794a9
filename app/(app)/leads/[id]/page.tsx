import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LeadDetail } from "@/components/leads/lead-detail";
import { requirePageUser } from "@/lib/auth/session";
import { assignableUsers } from "@/lib/leads/assignable-users";
import { getLeadDetail } from "@/lib/leads/get-lead-detail";

export const metadata: Metadata = { title: "Lead" };

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser(undefined, `/leads/${encodeURIComponent(id)}`);
  const lead = await getLeadDetail(id);
  if (!lead) notFound();
  const users = await assignableUsers();
  return (
    <>
      <p className="m-0 mb-2 text-sm">
        <Link href="/leads">← Leads</Link>
      </p>
      <LeadDetail lead={lead} users={users} />
    </>
  );
}
