"use client";

// The interactive lead list: TanStack Table over one server-rendered page.
// Sorting, filters and visible columns are URL state (the server sorts and
// filters); selection is local. The toolbar, the column picker and the bulk
// bar need only the columns, so they render while the server still reads the
// page's rows; the rows stream in after them (LeadRows). Keyboard: j/k move,
// Enter opens, x selects.
import { Suspense, use, useCallback, useMemo, useState } from "react";
import { functionalUpdate, useTable, type ColumnVisibilityState, type RowSelectionState, type SortingState } from "@tanstack/react-table";
import type { LeadFacets } from "@/lib/leads/lead-facets";
import type { LeadPage, LeadRow } from "@/lib/leads/list-leads";
import { leadListQuery, sortDirection, sortKeys, type SortKey } from "@/lib/leads/list-params";
import { BulkBar, type UserOption } from "./bulk-bar";
import { ColumnPicker } from "./column-picker";
import { FilterToolbar } from "./filter-toolbar";
import { leadColumns } from "./lead-columns";
import { LeadRows, type LeadTableOptions } from "./lead-rows";
import { leadTableFeatures } from "./lead-table-features";
import { useListUrl } from "./use-list-url";

interface Props {
  page: Promise<LeadPage>;
  facets: Promise<LeadFacets>;
  users: UserOption[];
}

const hideable = leadColumns.filter((c) => c.enableHiding !== false && c.id !== "select");
const noRows: LeadRow[] = [];

function LeadCount({ page, pending }: { page: Promise<LeadPage>; pending: boolean }) {
  const { total, capped, estimated } = use(page);
  return (
    <span className="muted" role="status" data-testid="lead-count">
      {estimated && "≈ "}
      {capped ? `${total.toLocaleString("en")}+ leads` : `${total.toLocaleString("en")} lead${total === 1 ? "" : "s"}`}
      {pending && " · updating…"}
    </span>
  );
}

export function LeadList({ page, facets, users }: Props) {
  const url = useListUrl();
  const { params, update } = url;
  const dir = sortDirection(params);
  const sorting = useMemo<SortingState>(() => [{ id: params.sort, desc: dir === "desc" }], [params.sort, dir]);
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(hideable.map((c) => [c.id!, params.cols.length ? params.cols.includes(c.id!) : !c.meta?.hiddenByDefault])),
    [params.cols],
  );
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // The same options (and state) for the columns' table here and the rows' table in LeadRows.
  const options: LeadTableOptions = {
    features: leadTableFeatures,
    columns: leadColumns,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility, rowSelection },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting)[0];
      if (next && sortKeys.includes(next.id as SortKey)) update({ sort: next.id as SortKey, dir: next.desc ? "desc" : "asc" });
    },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      update({ cols: hideable.map((c) => c.id!).filter((id) => next[id] !== false) }, { keepPage: true });
    },
    onRowSelectionChange: setRowSelection,
  };
  const columns = useTable({ ...options, data: noRows });
  const clearSelection = useCallback(() => setRowSelection({}), []);
  const selectedIds = columns.getSelectedRowIds();
  const exportQuery = leadListQuery({ ...params, page: 1, cols: [] });

  return (
    <>
      <FilterToolbar table={columns} facets={facets} url={url} />
      <div className="list-actions">
        <Suspense fallback={<span className="muted" role="status" data-testid="lead-count">Counting leads…</span>}>
          <LeadCount page={page} pending={url.pending} />
        </Suspense>
        <span className="inline">
          <ColumnPicker table={columns} />
          <a className="button secondary" href={`/api/leads/export${exportQuery ? `?${exportQuery}` : ""}`} download>
            Export CSV
          </a>
        </span>
      </div>
      <BulkBar selectedIds={selectedIds} query={exportQuery} users={users} onDone={clearSelection} />
      <Suspense
        fallback={
          <section className="panel empty" aria-busy="true">
            <p className="muted">Loading leads…</p>
          </section>
        }
      >
        <LeadRows page={page} options={options} url={url} />
      </Suspense>
      <p className="muted small">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> opens · <kbd>x</kbd> selects
      </p>
    </>
  );
}
