import type { RuleListItem } from "./list-rules";
import { stageLabels } from "@/lib/leads/labels";

const person = (u: { email: string; name: string; active: boolean }) =>
  `${u.name || u.email}${u.active ? "" : " (deactivated)"}`;

/** "Source AppSource · Country US, DE" — what a rule matches, in words. */
export function describeConditions(rule: RuleListItem): string {
  if (rule.isDefault) return "Every lead no rule above matched";
  const parts = [
    ["Source", rule.sources],
    ["Action", rule.actions],
    ["Offer", rule.offers],
    ["Country", rule.countries],
    ["Stage", rule.stages.map((s) => stageLabels[s])],
  ] as const;
  const named = parts.filter(([, values]) => values.length).map(([label, values]) => `${label} ${values.join(", ")}`);
  return named.length ? named.join(" · ") : "Every lead";
}

/** "Round-robin: Ann, Bob" — what a rule does, with users who left marked. */
export function describeOutcome(rule: RuleListItem): string {
  if (rule.mode === "ONE_USER") return rule.user ? `To ${person(rule.user)}` : "To a user who no longer exists";
  if (rule.mode === "ROUND_ROBIN") {
    const members = rule.members.map((m) => person(m.user));
    return members.length
      ? `Round-robin: ${members.join(", ")}`
      : "Round-robin with nobody in it (leads stay unassigned)";
  }
  return "Unassigned";
}

const dayNames = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** "4 h, Mon–Fri 09:00–17:00 Europe/Lisbon" — the rule's response target. */
export function describeTarget(
  rule: Pick<RuleListItem, "targetMinutes" | "timeZone" | "workDays" | "openMinute" | "closeMinute">,
): string {
  if (!rule.targetMinutes) return "No target";
  const h = rule.targetMinutes / 60;
  const target =
    rule.targetMinutes % 60 === 0
      ? `${h} h`
      : rule.targetMinutes < 60
        ? `${rule.targetMinutes} min`
        : `${h.toFixed(1)} h`;
  if (!rule.timeZone) return `${target}, around the clock`;
  const days = rule.workDays.map((d) => dayNames[d]).join(" ");
  return `${target} in business hours (${days} ${hhmm(rule.openMinute)}–${hhmm(rule.closeMinute)} ${rule.timeZone})`;
}
