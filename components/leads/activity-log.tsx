import { LocalTime } from "@/components/ui/local-time";
import type { LeadDetail } from "@/lib/leads/get-lead-detail";
import { statusLabels, type LeadStatus } from "@/lib/leads/statuses";

const status = (value: string | null) => (value ? (statusLabels[value as LeadStatus] ?? value) : "—");

function describe(a: LeadDetail["activities"][number]): string {
  switch (a.kind) {
    case "STATUS":
      return `Status ${status(a.fromValue)} → ${status(a.toValue)}${a.note ? ` (reason: ${a.note})` : ""}`;
    case "OWNER": {
      // Ingestion's assignment notes how the owner was chosen ("assigned by rule <name>").
      const how = a.note ? ` — ${a.note}` : "";
      if (!a.toValue) return `Unassigned (was ${a.fromValue ?? "nobody"})`;
      return `Assigned to ${a.toValue}${a.fromValue ? ` (was ${a.fromValue})` : ""}${how}`;
    }
    case "NOTE":
      return `Note: ${a.note ?? ""}`;
    default:
      return [a.kind, a.fromValue, a.toValue, a.note].filter(Boolean).join(" ");
  }
}

/** Every change to the lead, newest first: who, what, when. */
export function ActivityLog({ activities }: { activities: LeadDetail["activities"] }) {
  if (!activities.length) return <p className="muted">No changes yet.</p>;
  return (
    <ol className="plain activity" aria-label="Activity log">
      {activities.map((a) => (
        <li key={a.id}>
          <span className="muted small nowrap">
            <LocalTime date={a.createdAt} />
          </span>{" "}
          <strong>{a.actor ? a.actor.name || a.actor.email : "System"}</strong>{" "}
          <span className="pre-line">{describe(a)}</span>
        </li>
      ))}
    </ol>
  );
}
