import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RuleForm } from "@/components/assignment/rule-form";
import { filterChoices } from "@/lib/destinations/filter-options";
import { Card } from "@/components/ui/card";
import { getRule } from "@/lib/assignment/list-rules";
import { requirePageUser } from "@/lib/auth/session";
import { assignableUsers } from "@/lib/leads/assignable-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignment"))("editTitle") };
}

export default async function EditRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser("ADMIN", `/settings/assignment/${id}`);
  const rule = /^[0-9a-f-]{36}$/i.test(id) ? await getRule(id) : null;
  if (!rule) notFound();
  const [users, options, t] = await Promise.all([assignableUsers(), filterChoices(), getTranslations("assignment")]);
  return (
    <>
      <p className="mb-2">
        <Link href="/settings/assignment">← {t("heading")}</Link>
      </p>
      <h1>{t("editHeading", { name: rule.name })}</h1>
      <Card>
        <RuleForm
          users={users.map((u) => ({ value: u.id, label: u.label }))}
          filters={options}
          current={{
            id: rule.id,
            isDefault: rule.isDefault,
            name: rule.name,
            sources: rule.sources,
            actions: rule.actions,
            offers: rule.offers,
            countries: rule.countries,
            stages: rule.stages,
            mode: rule.mode,
            // Users who left are not offered again: saving makes the admin choose active ones.
            userId: rule.userId,
            memberIds: rule.members.map((m) => m.userId),
            targetMinutes: rule.targetMinutes,
            timeZone: rule.timeZone,
            workDays: rule.workDays,
            openMinute: rule.openMinute,
            closeMinute: rule.closeMinute,
          }}
        />
      </Card>
    </>
  );
}
