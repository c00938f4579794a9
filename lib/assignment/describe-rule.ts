// A rule in words for Settings → Assignment, in the viewer's language: the page hands in its
// translators (assignment.describe.*, domain.stage.*) and locale.
import type { createTranslator } from "next-intl";
import type { Messages } from "@/lib/i18n/messages";
import type { RuleListItem } from "./list-rules";
import { weekdayName } from "./weekdays";

export interface RuleWords {
  t: ReturnType<typeof createTranslator<Messages, "assignment.describe">>;
  domain: ReturnType<typeof createTranslator<Messages, "domain">>;
  locale: string;
}

const person = (u: { email: string; name: string; active: boolean }, { t }: RuleWords) =>
  u.active ? u.name || u.email : t("deactivatedPerson", { name: u.name || u.email });

/** "Source: AppSource · Country: US, DE" — what a rule matches. */
export function describeConditions(rule: RuleListItem, words: RuleWords): string {
  const { t, domain } = words;
  if (rule.isDefault) return t("noRuleAbove");
  const parts = [
    ["source", rule.sources],
    ["action", rule.actions],
    ["offer", rule.offers],
    ["country", rule.countries],
    ["stage", rule.stages.map((s) => domain(`stage.${s}`))],
  ] as const;
  const named = parts
    .filter(([, values]) => values.length)
    .map(([field, values]) => t("condition", { field: t(`field.${field}`), values: values.join(", ") }));
  return named.length ? named.join(" · ") : t("everyLead");
}

/** "Round-robin: Ann, Bob" — what a rule does, with users who left marked. */
export function describeOutcome(rule: RuleListItem, words: RuleWords): string {
  const { t, domain } = words;
  if (rule.mode === "ONE_USER") return rule.user ? t("toUser", { person: person(rule.user, words) }) : t("userGone");
  if (rule.mode === "ROUND_ROBIN") {
    const members = rule.members.map((m) => person(m.user, words));
    return members.length ? t("roundRobin", { people: members.join(", ") }) : t("roundRobinEmpty");
  }
  return domain("unassigned");
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** "4 h, Mon–Fri 09:00–17:00 Europe/Lisbon" — the rule's response target. */
export function describeTarget(
  rule: Pick<RuleListItem, "targetMinutes" | "timeZone" | "workDays" | "openMinute" | "closeMinute">,
  { t, locale }: RuleWords,
): string {
  if (!rule.targetMinutes) return t("noTarget");
  const target =
    rule.targetMinutes < 60
      ? t("minutes", { minutes: rule.targetMinutes })
      : t("hours", { hours: Math.round((rule.targetMinutes / 60) * 10) / 10 });
  if (!rule.timeZone) return t("aroundTheClock", { target });
  return t("businessHours", {
    target,
    days: rule.workDays.map((d) => weekdayName(d, locale)).join(" "),
    opens: hhmm(rule.openMinute),
    closes: hhmm(rule.closeMinute),
    zone: rule.timeZone,
  });
}
