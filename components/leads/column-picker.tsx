"use client";

import type { ReactTable } from "@tanstack/react-table";
import type { LeadRow } from "@/lib/leads/list-leads";
import type { leadTableFeatures } from "./lead-table-features";

/** Show or hide columns; the choice lives in the URL (and in saved views). */
export function ColumnPicker({ table }: { table: ReactTable<typeof leadTableFeatures, LeadRow> }) {
  return (
    <details className="filter-menu">
      <summary>Columns</summary>
      <div className="filter-popover" role="group" aria-label="Columns">
        <ul>
          {table
            .getAllLeafColumns()
            .filter((c) => c.getCanHide())
            .map((c) => (
              <li key={c.id}>
                <label className="check">
                  <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />
                  {c.columnDef.meta?.label ?? c.id}
                </label>
              </li>
            ))}
        </ul>
      </div>
    </details>
  );
}
