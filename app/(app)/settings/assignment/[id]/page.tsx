import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RuleForm } from "@/components/assignment/rule-form";
import { getRule } from "@/lib/assignment/list-rules";
import { requirePageUser } from "@/lib/auth/session";
import { filterActions, filterSources, filterStages } from "@/lib/destinations/filter-options";
import { assignableUsers } from "@/lib/leads/assignable-users";

export const metadata: Metadata = { title: "Edit assignment rule" };

export default async function EditRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser("ADMIN", `/settings/assignment/${id}`);
  const rule = /^[0-9a-f-]{36}$/i.test(id) ? await getRule(id) : null;
  if (!rule) notFound();
  const users = await assignableUsers();
  return (
    <>
      <p>
        <Link href="/settings/assignment">← Assignment</Link>
      </p>
      <h1>Edit rule “{rule.name}”</h1>
      <section className="panel">
        <RuleForm
          users={users.map((u) => ({ value: u.id, label: u.label }))}
          filters={{ sources: filterSources, actions: filterActions, stages: filterStages }}
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
      </section>
    </>
  );
}
