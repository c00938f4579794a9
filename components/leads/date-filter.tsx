"use client";

import type { LeadListParams } from "@/lib/leads/list-params";

type Dates = Pick<LeadListParams, "from" | "to" | "range">;
const ranges = { "": "Any time", today: "Today", "7d": "Last 7 days", "30d": "Last 30 days" } as const;

/** Received date: a relative window or explicit days (UTC, inclusive). */
export function DateFilter({ value, onChange }: { value: Dates; onChange: (patch: Dates) => void }) {
  return (
    <details className="filter-menu">
      <summary className={value.from || value.to || value.range ? "active" : undefined}>Received</summary>
      <div className="filter-popover" role="group" aria-label="Received filter">
        <label>
          Window
          <select value={value.range ?? ""} onChange={(e) => onChange({ ...value, range: (e.target.value || undefined) as Dates["range"] })}>
            {Object.entries(ranges).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={value.from ?? ""} onChange={(e) => onChange({ ...value, from: e.target.value || undefined })} />
        </label>
        <label>
          To
          <input type="date" value={value.to ?? ""} onChange={(e) => onChange({ ...value, to: e.target.value || undefined })} />
        </label>
      </div>
    </details>
  );
}
