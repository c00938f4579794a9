"use client";

// The rows of the lead list and its pager, once the server has read them
// (LeadList renders everything else first). Keyboard: j/k move, Enter opens,
// x selects.
import { useRouter } from "next/navigation";
import { use, useCallback, useEffect, useState } from "react";
import { flexRender, useTable, type TableOptions } from "@tanstack/react-table";
import { cell_getContext } from "@tanstack/react-table/static-functions";
import type { LeadPage, LeadRow } from "@/lib/leads/list-leads";
import type { leadTableFeatures } from "./lead-table-features";
import { ListPagination } from "./list-pagination";
import type { useListUrl } from "./use-list-url";

export type LeadTableOptions = Omit<TableOptions<typeof leadTableFeatures, LeadRow>, "data">;

interface Props {
  page: Promise<LeadPage>;
  options: LeadTableOptions;
  url: ReturnType<typeof useListUrl>;
}

function isTyping(target: EventTarget | null) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA", "BUTTON", "SUMMARY"].includes(target.tagName));
}

export function LeadRows({ page, options, url }: Props) {
  const router = useRouter();
  const { rows, total, capped, estimated } = use(page);
  // The active row (j/k) belongs to this page of rows; a new page starts at the top.
  const [activeState, setActiveState] = useState({ rows, index: 0 });
  const active = activeState.rows === rows ? activeState.index : 0;
  const setActive = useCallback((next: (i: number) => number) => setActiveState({ rows, index: next(active) }), [rows, active]);

  const table = useTable({ ...options, data: rows });
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

  return (
    <>
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
      <ListPagination params={url.params} total={total} capped={capped} estimated={estimated} shown={rows.length} />
    </>
  );
}
