import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LeadDetail } from "@/components/leads/lead-detail";
import { loadLeadPage } from "@/lib/leads/load-lead-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lead"))("metaTitle") };
}

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { lead, users } = await loadLeadPage((await params).id);
  const t = await getTranslations("lead");
  return (
    <>
      <p className="m-0 mb-2 text-sm">
        <Link href="/leads">{t("backToList")}</Link>
      </p>
      <LeadDetail lead={lead} users={users} />
    </>
  );
}
