"use client";

// The interactive lead list: TanStack Table over one server-rendered page.
// Sorting, filters and visible columns are URL state (the server sorts and
// filters); selection is local. Keyboard: j/k move, Enter opens, x selects.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { flexRender, functionalUpdate, useTable, type ColumnVisibilityState, type RowSelectionState, type SortingState } from "@tanstack/react-table";
import { cell_getContext } from "@tanstack/react-table/static-functions";
import type { LeadFacets } from "@/lib/leads/lead-facets";
import type { LeadRow } from "@/lib/leads/list-leads";
import { leadListQuery, sortDirection, sortKeys, type SortKey } from "@/lib/leads/list-params";
import { BulkBar, type UserOption } from "./bulk-bar";
import { ColumnPicker } from "./column-picker";
import { FilterToolbar } from "./filter-toolbar";
import { leadColumns } from "./lead-columns";
import { leadTableFeatures } from "./lead-table-features";
import { ListPagination } from "./list-pagination";
import { useListUrl } from "./use-list-url";

interface Props {
  rows: LeadRow[];
  facets: Promise<LeadFacets>;
  total: number;
  capped: boolean;
  users: UserOption[];
}

const hideable = leadColumns.filter((c) => c.enableHiding !== false && c.id !== "select");

function isTyping(target: EventTarget | null) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA", "BUTTON", "SUMMARY"].includes(target.tagName));
}

export function LeadList({ rows, facets, total, capped, users }: Props) {
  const router = useRouter();
  const url = useListUrl();
  const { params, update } = url;
  const dir = sortDirection(params);
  const sorting = useMemo<SortingState>(() => [{ id: params.sort, desc: dir === "desc" }], [params.sort, dir]);
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(hideable.map((c) => [c.id!, params.cols.length ? params.cols.includes(c.id!) : !c.meta?.hiddenByDefault])),
    [params.cols],
  );
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // The active row (j/k) belongs to this page of rows; a new page starts at the top.
  const [activeState, setActiveState] = useState({ rows, index: 0 });
  const active = activeState.rows === rows ? activeState.index : 0;
  const setActive = useCallback((next: (i: number) => number) => setActiveState({ rows, index: next(active) }), [rows, active]);

  const table = useTable({
    features: leadTableFeatures,
    columns: leadColumns,
    data: rows,
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
  });
  const tableRows = table.getRowModel().rows;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || !tableRows.length) return;
      const row = tableRows[Math.min(active, tableRows.length - 1)];
      if (event.key === "j") setActive((i) => Math.min(i + 1, tableRows.length - 1));
      else if (event.key === "k") setActive((i) => Math.max(i - 1, 0));
      else if (event.key === "x" && row) row.toggleSelected();
      else if (event.key === "Enter" && row) router.push(`/leads/${row.id}`);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active, setActive, tableRows, router]);
  useEffect(() => {
    document.querySelector("tr.active-row")?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const selectedIds = table.getSelectedRowIds();
  const clearSelection = useCallback(() => setRowSelection({}), []);
  const exportQuery = leadListQuery({ ...params, page: 1, cols: [] });

  return (
    <>
      <FilterToolbar table={table} facets={facets} url={url} />
      <div className="list-actions">
        <span className="muted" role="status" data-testid="lead-count">
          {capped ? `${total.toLocaleString("en")}+ leads` : `${total.toLocaleString("en")} lead${total === 1 ? "" : "s"}`}
          {url.pending && " · updating…"}
        </span>
        <span className="inline">
          <ColumnPicker table={table} />
          <a className="button secondary" href={`/api/leads/export${exportQuery ? `?${exportQuery}` : ""}`} download>
            Export CSV
          </a>
        </span>
      </div>
      <BulkBar selectedIds={selectedIds} query={exportQuery} users={users} onDone={clearSelection} />
      {rows.length === 0 ? (
        <section className="panel empty">
          <h2>No leads match</h2>
          <p className="muted">Loosen the filters, or wait for the marketplace to send more.</p>
        </section>
      ) : (
        <section className="panel table-wrap flush">
          <table className="lead-table" aria-label="Leads" aria-busy={url.pending}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    return (
                      <th key={header.id} aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}>
                        {header.column.getCanSort() ? (
                          <button type="button" className="link sort" onClick={header.column.getToggleSortingHandler()}>
                            <table.FlexRender header={header} />
                            <span aria-hidden>{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}</span>
                          </button>
                        ) : (
                          <table.FlexRender header={header} />
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {tableRows.map((row, i) => (
                <tr key={row.id} className={i === active ? "active-row" : undefined} aria-selected={row.getIsSelected()} data-lead-id={row.id} onClick={() => setActive(() => i)}>
                  {row.getVisibleCells().map((cell) => (
                    // The static getContext: the cell method memoises per cell, and those
                    // ~600 memos per page were most of the table's server-render time.
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell_getContext(cell) as ReturnType<typeof cell.getContext>)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <ListPagination params={params} total={total} capped={capped} shown={rows.length} />
      <p className="muted small">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> opens · <kbd>x</kbd> selects
      </p>
    </>
  );
}
