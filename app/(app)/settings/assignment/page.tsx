import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RuleForm } from "@/components/assignment/rule-form";
import { filterChoices } from "@/lib/destinations/filter-options";
import { ActionButton } from "@/components/ui/action-button";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { deleteRuleAction } from "@/lib/actions/assignment/delete-rule-action";
import { moveRuleAction } from "@/lib/actions/assignment/move-rule-action";
import { describeConditions, describeOutcome, describeTarget, type RuleWords } from "@/lib/assignment/describe-rule";
import { listRules } from "@/lib/assignment/list-rules";
import { requirePageUser } from "@/lib/auth/session";
import { assignableUsers } from "@/lib/leads/assignable-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignment"))("heading") };
}

const cell = "px-3 py-2 align-top";

export default async function AssignmentPage() {
  await requirePageUser("ADMIN", "/settings/assignment");
  const [rules, users, t, common, options, words] = await Promise.all([
    listRules(),
    assignableUsers(),
    getTranslations("assignment"),
    getTranslations("common"),
    filterChoices(),
    ruleWords(),
  ]);
  const movable = rules.filter((r) => !r.isDefault).length;
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mb-4 max-w-3xl text-muted-foreground">{t("intro")}</p>
      <Card className="p-0">
        <Table data-testid="assignment-rules" aria-label={t("rules")}>
          <TableHeader>
            <TableRow>
              <TableHead className="px-3">#</TableHead>
              <TableHead className="px-3">{t("rule")}</TableHead>
              <TableHead className="px-3">{t("matches")}</TableHead>
              <TableHead className="px-3">{t("outcome")}</TableHead>
              <TableHead className="px-3">{t("responseTarget")}</TableHead>
              <TableHead className="px-3">{common("actions")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rules.map((rule, i) => (
              <TableRow key={rule.id} data-testid={`rule-${rule.name}`}>
                <TableCell className={cell}>{i + 1}</TableCell>
                <TableCell className={cell}>
                  <Link href={`/settings/assignment/${rule.id}`}>{rule.name}</Link>
                </TableCell>
                <TableCell className={cell}>{describeConditions(rule, words)}</TableCell>
                <TableCell className={cell}>{describeOutcome(rule, words)}</TableCell>
                <TableCell className={cell}>{describeTarget(rule, words)}</TableCell>
                <TableCell className={cell}>
                  {!rule.isDefault && (
                    <div className="flex flex-wrap gap-1.5">
                      <ActionButton
                        action={moveRuleAction}
                        fields={{ id: rule.id, direction: "up" }}
                        label="↑"
                        title={t("moveUp")}
                        variant="secondary"
                        disabled={i === 0}
                        toast
                      />
                      <ActionButton
                        action={moveRuleAction}
                        fields={{ id: rule.id, direction: "down" }}
                        label="↓"
                        title={t("moveDown")}
                        variant="secondary"
                        disabled={i >= movable - 1}
                        toast
                      />
                      <ActionButton
                        action={deleteRuleAction}
                        fields={{ id: rule.id }}
                        label={common("delete")}
                        variant="danger"
                        confirmText={t("confirmDelete", { name: rule.name })}
                        toast
                      />
                    </div>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      <Card>
        <CardHeader title={t("newRule")} />
        <RuleForm users={users.map((u) => ({ value: u.id, label: u.label }))} filters={options} />
      </Card>
    </>
  );
}

/** The translators and locale describe-rule.ts writes a rule's summary with. */
async function ruleWords(): Promise<RuleWords> {
  const [t, domain, locale] = await Promise.all([
    getTranslations("assignment.describe"),
    getTranslations("domain"),
    getLocale(),
  ]);
  return { t, domain, locale };
}
