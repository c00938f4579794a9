"use client";

// Bulk status / owner changes: on the selected rows, or on everything the
// filter matches — then the exact count is fetched and confirmed first.
import { useActionState, useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { bulkTriageAction } from "@/lib/actions/leads/bulk-triage-action";
import { countMatchingAction } from "@/lib/actions/leads/count-matching-action";
import { leadStatuses, statusLabels } from "@/lib/leads/statuses";
import { OwnerSelect } from "@/components/users/owner-select";

export interface UserOption {
  id: string;
  label: string;
}

interface Props {
  selectedIds: string[];
  query: string;
  users: UserOption[];
  onDone: () => void;
}

export function BulkBar({ selectedIds, query, users, onDone }: Props) {
  const [chosenScope, setScope] = useState<"ids" | "filter">("ids");
  const scope = selectedIds.length ? chosenScope : "filter";
  const [change, setChange] = useState<"status" | "owner">("status");
  const [status, setStatus] = useState("CONTACTED");
  const [confirmed, setConfirmed] = useState<{ count: number; query: string } | null>(null);
  // A count confirmed for another filter means nothing now.
  const confirmCount = confirmed && confirmed.query === query && scope === "filter" ? confirmed.count : null;
  const [counting, startCounting] = useTransition();
  const [countError, setCountError] = useState<string>();
  const [state, action, pending] = useActionState(async (previous: Awaited<ReturnType<typeof bulkTriageAction>> | null, form: FormData) => {
    const result = await bulkTriageAction(previous, form);
    if (result.ok) {
      setConfirmed(null);
      onDone();
    }
    return result;
  }, null);

  const askCount = () =>
    startCounting(async () => {
      const form = new FormData();
      form.set("query", query);
      const result = await countMatchingAction(null, form);
      if (result.ok && result.data) setConfirmed({ count: result.data.count, query });
      else setCountError(result.message);
    });

  const needsCount = scope === "filter" && confirmCount === null;
  return (
    <form action={action} className="bulk-bar panel" aria-label="Bulk change">
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="ids" value={selectedIds.join(",")} />
      <input type="hidden" name="query" value={query} />
      <input type="hidden" name="expected" value={confirmCount ?? ""} />
      <strong>Bulk change</strong>
      <label className="check">
        <input type="radio" checked={scope === "ids"} disabled={!selectedIds.length} onChange={() => setScope("ids")} />
        Selected ({selectedIds.length})
      </label>
      <label className="check">
        <input type="radio" checked={scope === "filter"} onChange={() => setScope("filter")} />
        Everything matching the filter
      </label>
      <select name="change" aria-label="What to change" value={change} onChange={(e) => setChange(e.target.value as "status" | "owner")}>
        <option value="status">Set status</option>
        <option value="owner">Assign owner</option>
      </select>
      {change === "status" ? (
        <>
          <select name="status" aria-label="New status" value={status} onChange={(e) => setStatus(e.target.value)}>
            {leadStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
          {status === "DISQUALIFIED" && <input name="reason" aria-label="Reason" placeholder="Reason (required)" required />}
        </>
      ) : (
        <OwnerSelect users={users} name="ownerId" aria-label="New owner" />
      )}
      {needsCount ? (
        <button type="button" onClick={askCount} disabled={counting}>
          {counting ? "Counting…" : "Apply…"}
        </button>
      ) : scope === "filter" ? (
        <>
          <span role="status">
            This changes <strong data-testid="bulk-count">{confirmCount!.toLocaleString("en")}</strong> lead(s).
          </span>
          <button type="submit" disabled={pending}>
            Confirm
          </button>
          <button type="button" className="secondary" onClick={() => setConfirmed(null)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="submit" disabled={pending || !selectedIds.length}>
          Apply to {selectedIds.length} selected
        </button>
      )}
      {countError && <p className="alert error">{countError}</p>}
      <FormMessage state={state} />
    </form>
  );
}
