"use client";

// The rows of the lead list and its pager, once the server has read them
// (LeadList renders everything else first). One line per row at a fixed width
// per column, header stuck to the top of the scrolling table, selection and
// name pinned on the left. Keyboard: j/k move, Enter opens, x selects.
import { usePathname, useRouter } from "next/navigation";
import { use, useCallback, useEffect, useState } from "react";
import { ArrowDownIcon, ArrowUpIcon, InboxIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { flexRender, useTable, type TableOptions } from "@tanstack/react-table";
import { cell_getContext } from "@tanstack/react-table/static-functions";
import { cn } from "@/components/ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ListDensity } from "@/lib/users/ui-preferences";
import type { LeadPage, LeadRow } from "@/lib/leads/list-leads";
import type { leadTableFeatures } from "./lead-table-features";
import { LeadCards } from "./lead-cards";
import { rowHeight } from "./lead-row-height";
import { ListPagination } from "./list-pagination";
import type { useListUrl } from "./use-list-url";

export type LeadTableOptions = Omit<TableOptions<typeof leadTableFeatures, LeadRow>, "data">;

interface Props {
  page: Promise<LeadPage>;
  options: LeadTableOptions;
  url: ReturnType<typeof useListUrl>;
  density: ListDensity;
}

/** The space a column takes when it has no width of its own (Offer). */
const FLEX_MIN = 160;

function isTyping(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA", "BUTTON"].includes(target.tagName))
  );
}

export function LeadRows({ page, options, url, density }: Props) {
  const t = useTranslations("leads");
  const router = useRouter();
  const pathname = usePathname();
  // A lead open in the preview sheet over the list (its URL is the lead's).
  const previewId = pathname.startsWith("/leads/") ? pathname.slice("/leads/".length) : null;
  const { rows, total, capped, estimated } = use(page);
  // The active row (j/k) belongs to this page of rows; a new page starts at the top.
  const [activeState, setActiveState] = useState({ rows, index: 0 });
  const active = activeState.rows === rows ? activeState.index : 0;
  const setActive = useCallback(
    (next: (i: number) => number) => setActiveState({ rows, index: next(active) }),
    [rows, active],
  );

  const table = useTable({ ...options, data: rows });
  const tableRows = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();
  const minWidth = columns.reduce((sum, c) => sum + (c.columnDef.meta?.width ?? FLEX_MIN), 0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || !tableRows.length) return;
      const row = tableRows[Math.min(active, tableRows.length - 1)];
      if (previewId) {
        // Inside the preview: j/k open the next or previous lead in it.
        const at = tableRows.findIndex((r) => r.id === previewId);
        const next = event.key === "j" ? at + 1 : event.key === "k" ? at - 1 : -1;
        if (at < 0 || next < 0 || next >= tableRows.length) return;
        setActive(() => next);
        router.replace(`/leads/${tableRows[next]!.id}`, { scroll: false });
      } else if (document.querySelector("[role=dialog]")) return;
      else if (event.key === "j") setActive((i) => Math.min(i + 1, tableRows.length - 1));
      else if (event.key === "k") setActive((i) => Math.max(i - 1, 0));
      else if (event.key === "x" && row) row.toggleSelected();
      else if (event.key === "Enter" && row) router.push(`/leads/${row.id}`, { scroll: false });
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active, setActive, tableRows, router, previewId]);
  useEffect(() => {
    document.querySelector("tr[data-active=true]")?.scrollIntoView({ block: "nearest" });
  }, [active]);

  if (rows.length === 0) {
    return (
      <section
        className="flex flex-col items-center gap-2 rounded-lg border border-dashed bg-card px-4 py-14
        text-center"
      >
        <InboxIcon className="size-8 text-muted-foreground" aria-hidden />
        <h2 className="m-0">{t("empty.heading")}</h2>
        <p className="m-0 text-muted-foreground">{t("empty.body")}</p>
      </section>
    );
  }
  return (
    <>
      <Table
        aria-label={t("title")}
        aria-busy={url.pending}
        className="table-fixed"
        style={{ minWidth }}
        containerClassName="max-h-[calc(100dvh-15rem)] min-h-64 rounded-lg border bg-card max-md:hidden"
      >
        <colgroup>
          {columns.map((c) => (
            <col key={c.id} style={c.columnDef.meta?.width ? { width: c.columnDef.meta.width } : undefined} />
          ))}
        </colgroup>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const pin = header.column.columnDef.meta?.pinLeft;
                return (
                  <TableHead
                    key={header.id}
                    aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}
                    className={cn(pin !== undefined && "sticky z-30", header.column.id === "select" && "pl-3")}
                    style={pin !== undefined ? { left: pin } : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="inline-flex cursor-pointer items-center gap-1 rounded-sm hover:text-foreground"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        {sorted === "asc" && <ArrowUpIcon className="size-3.5" aria-hidden />}
                        {sorted === "desc" && <ArrowDownIcon className="size-3.5" aria-hidden />}
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {tableRows.map((row, i) => (
            <TableRow
              key={row.id}
              data-active={i === active}
              aria-selected={row.getIsSelected()}
              data-lead-id={row.id}
              className={cn(rowHeight[density], "cursor-pointer")}
              onClick={(event) => {
                setActive(() => i);
                // A click on the row itself (not its checkbox or link) opens the preview too.
                if (!(event.target as HTMLElement).closest("a, button, input, label, select")) {
                  router.push(`/leads/${row.id}`, { scroll: false });
                }
              }}
            >
              {row.getVisibleCells().map((cell) => {
                const pin = cell.column.columnDef.meta?.pinLeft;
                return (
                  <TableCell
                    key={cell.id}
                    // lead-cell: tinted by the row's state (app/globals.css), the first one marked.
                    className={cn(
                      "lead-cell overflow-hidden py-0 whitespace-nowrap",
                      pin !== undefined && "sticky z-10",
                      cell.column.id === "select" && "lead-cell-marked pl-3",
                    )}
                    style={pin !== undefined ? { left: pin } : undefined}
                  >
                    {/* The static getContext: the cell method memoises per cell, and those
                        ~600 memos per page were most of the table's server-render time. */}
                    {flexRender(
                      cell.column.columnDef.cell,
                      cell_getContext(cell) as ReturnType<typeof cell.getContext>,
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <LeadCards rows={rows} />
      <ListPagination params={url.params} total={total} capped={capped} estimated={estimated} shown={rows.length} />
    </>
  );
}
