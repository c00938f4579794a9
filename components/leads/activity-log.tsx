import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";
import { readAssignmentNote } from "@/lib/leads/assignment-note";
import type { LeadDetail } from "@/lib/leads/get-lead-detail";
import { leadStatuses, type LeadStatus } from "@/lib/leads/statuses";

type Activity = LeadDetail["activities"][number];

/** Each change in words: statuses in the viewer's language, owners by the e-mail the row kept. */
function useDescribe() {
  const t = useTranslations("activity");
  const domain = useTranslations("domain");
  const status = (value: string | null) =>
    !value ? "—" : leadStatuses.includes(value as LeadStatus) ? domain(`status.${value as LeadStatus}`) : value;
  return (a: Activity): string => {
    switch (a.kind) {
      case "STATUS": {
        const values = { from: status(a.fromValue), to: status(a.toValue) };
        return a.note ? t("statusWithReason", { ...values, reason: a.note }) : t("status", values);
      }
      case "OWNER": {
        const change = !a.toValue
          ? t("unassigned", { from: a.fromValue ?? t("nobody") })
          : a.fromValue
            ? t("reassigned", { to: a.toValue, from: a.fromValue })
            : t("assigned", { to: a.toValue });
        // Ingestion notes how it chose the owner.
        const how = readAssignmentNote(a.note);
        if (!how) return change;
        const said =
          how.by === "rule" ? t("byRule", { rule: how.rule }) : how.by === "repeatVisit" ? t("repeatVisit") : how.text;
        return t("how", { change, how: said });
      }
      case "NOTE":
        return t("note", { note: a.note ?? "" });
      default:
        // A kind this version does not know: its stored values, as they are.
        return [a.kind, a.fromValue, a.toValue, a.note].filter(Boolean).join(" ");
    }
  };
}

/** Every change to the lead, newest first: who, what, when. */
export function ActivityLog({ activities }: { activities: LeadDetail["activities"] }) {
  const t = useTranslations("activity");
  const describe = useDescribe();
  if (!activities.length) return <p className="m-0 text-muted-foreground">{t("empty")}</p>;
  return (
    <ol className="m-0 list-none p-0" aria-label={t("label")}>
      {activities.map((a) => (
        <li key={a.id} className="border-b py-1.5 last:border-b-0">
          <span className="text-sm whitespace-nowrap text-muted-foreground">
            <LocalTime date={a.createdAt} />
          </span>{" "}
          <strong>{a.actor ? a.actor.name || a.actor.email : t("system")}</strong>{" "}
          <span className="whitespace-pre-line">{describe(a)}</span>
        </li>
      ))}
    </ol>
  );
}
