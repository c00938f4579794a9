import type { Metadata } from "next";
import Link from "next/link";
import { RuleForm } from "@/components/assignment/rule-form";
import { ActionButton } from "@/components/ui/action-button";
import { deleteRuleAction } from "@/lib/actions/assignment/delete-rule-action";
import { moveRuleAction } from "@/lib/actions/assignment/move-rule-action";
import { describeConditions, describeOutcome, describeTarget } from "@/lib/assignment/describe-rule";
import { listRules } from "@/lib/assignment/list-rules";
import { requirePageUser } from "@/lib/auth/session";
import { filterActions, filterSources, filterStages } from "@/lib/destinations/filter-options";
import { assignableUsers } from "@/lib/leads/assignable-users";

export const metadata: Metadata = { title: "Assignment" };

export default async function AssignmentPage() {
  await requirePageUser("ADMIN", "/settings/assignment");
  const [rules, users] = await Promise.all([listRules(), assignableUsers()]);
  const movable = rules.filter((r) => !r.isDefault).length;
  return (
    <>
      <h1>Assignment</h1>
      <p className="muted">
        Each new lead gets an owner as it is stored: the first rule it matches decides. Test leads are not assigned, and
        a customer&apos;s repeat visit within 180 days goes to the owner of their first lead while that person is
        active.
      </p>
      <section className="panel table-wrap">
        <table data-testid="assignment-rules">
          <thead>
            <tr>
              <th>#</th>
              <th>Rule</th>
              <th>Matches</th>
              <th>Outcome</th>
              <th>Response target</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, i) => (
              <tr key={rule.id} data-testid={`rule-${rule.name}`}>
                <td>{i + 1}</td>
                <td>
                  <Link href={`/settings/assignment/${rule.id}`}>{rule.name}</Link>
                </td>
                <td>{describeConditions(rule)}</td>
                <td>{describeOutcome(rule)}</td>
                <td>{describeTarget(rule)}</td>
                <td>
                  {!rule.isDefault && (
                    <div className="inline" style={{ flexWrap: "wrap" }}>
                      <ActionButton
                        action={moveRuleAction}
                        fields={{ id: rule.id, direction: "up" }}
                        label="↑"
                        title="Move up"
                        className="secondary"
                        disabled={i === 0}
                      />
                      <ActionButton
                        action={moveRuleAction}
                        fields={{ id: rule.id, direction: "down" }}
                        label="↓"
                        title="Move down"
                        className="secondary"
                        disabled={i >= movable - 1}
                      />
                      <ActionButton
                        action={deleteRuleAction}
                        fields={{ id: rule.id }}
                        label="Delete"
                        className="danger"
                        confirmText={`Delete the rule "${rule.name}"?`}
                      />
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel">
        <h2>New rule</h2>
        <RuleForm
          users={users.map((u) => ({ value: u.id, label: u.label }))}
          filters={{ sources: filterSources, actions: filterActions, stages: filterStages }}
        />
      </section>
    </>
  );
}
