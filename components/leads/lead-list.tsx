"use client";

// The interactive lead list: TanStack Table over one server-rendered page.
// Sorting, filters and visible columns are URL state (the server sorts and
// filters); selection is local. The toolbar, the column picker and the bulk
// bar need only the columns, so they render while the server still reads the
// page's rows; the rows stream in after them (LeadRows). Keyboard: j/k move,
// Enter opens, x selects. The row height is the user's (DensityToggle).
import dynamic from "next/dynamic";
import { Suspense, use, useCallback, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import {
  functionalUpdate,
  useTable,
  type ColumnVisibilityState,
  type RowSelectionState,
  type SortingState,
} from "@tanstack/react-table";
import type { LeadFacets } from "@/lib/leads/lead-facets";
import type { LeadListParams } from "@/lib/leads/list-params";
import type { LeadPage, LeadRow } from "@/lib/leads/list-leads";
import { leadListQuery, sortDirection, sortKeys, type SortKey } from "@/lib/leads/list-url";
import { DownloadIcon, FilterIcon, ListChecksIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ListDensity } from "@/lib/users/ui-preferences";
import { BulkBar, type UserOption } from "./bulk-bar";
import { DensityToggle } from "./density-toggle";
import { ColumnPicker } from "./column-picker";
import { FilterToolbar } from "./filter-toolbar";
import { leadColumns } from "./lead-columns";
import { LeadRows, type LeadTableOptions } from "./lead-rows";
import { LeadRowsSkeleton } from "./lead-rows-skeleton";
import { leadTableFeatures } from "./lead-table-features";
import { useListUrl } from "./use-list-url";

interface Props {
  /** The URL's view as the server page parsed it. */
  params: LeadListParams;
  page: Promise<LeadPage>;
  facets: Promise<LeadFacets>;
  users: UserOption[];
  density: ListDensity;
}

// Only phones open it: its dialog code stays out of the list's first load.
const FilterSheet = dynamic(() => import("./filter-sheet"), { ssr: false });

const noRows: LeadRow[] = [];

function LeadCount({ page, pending }: { page: Promise<LeadPage>; pending: boolean }) {
  const t = useTranslations("leads");
  const { total, capped, estimated } = use(page);
  return (
    <span className="text-sm text-muted-foreground" role="status" data-testid="lead-count">
      {estimated && "≈ "}
      {capped ? t("countCapped", { count: total }) : t("count", { count: total })}
      {pending && ` · ${t("updating")}`}
    </span>
  );
}

export function LeadList({ params: urlParams, page, facets, users, density: savedDensity }: Props) {
  const t = useTranslations("leads");
  const domain = useTranslations("domain");
  const leadColumnDefs = useMemo(() => leadColumns(t, domain), [t, domain]);
  const hideable = useMemo(
    () => leadColumnDefs.filter((c) => c.enableHiding !== false && c.id !== "select"),
    [leadColumnDefs],
  );
  const [density, setDensity] = useState(savedDensity);
  const [bulkAll, setBulkAll] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const url = useListUrl(urlParams);
  const { params, update } = url;
  const dir = sortDirection(params);
  const sorting = useMemo<SortingState>(() => [{ id: params.sort, desc: dir === "desc" }], [params.sort, dir]);
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () =>
      Object.fromEntries(
        hideable.map((c) => [c.id!, params.cols.length ? params.cols.includes(c.id!) : !c.meta?.hiddenByDefault]),
      ),
    [params.cols, hideable],
  );
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // The same options (and state) for the columns' table here and the rows' table in LeadRows.
  const options: LeadTableOptions = {
    features: leadTableFeatures,
    columns: leadColumnDefs,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility, rowSelection },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting)[0];
      if (next && sortKeys.includes(next.id as SortKey))
        update({ sort: next.id as SortKey, dir: next.desc ? "desc" : "asc" });
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
      <div className="max-md:hidden">
        <FilterToolbar table={columns} facets={facets} url={url} />
      </div>
      <Button
        variant="outline"
        size="sm"
        className="md:hidden"
        aria-haspopup="dialog"
        onClick={() => setFiltersOpen(true)}
      >
        <FilterIcon aria-hidden />
        {t("filters")}
      </Button>
      {filtersOpen && (
        <FilterSheet onClose={() => setFiltersOpen(false)}>
          <FilterToolbar table={columns} facets={facets} url={url} />
        </FilterSheet>
      )}
      <div className="my-2 flex flex-wrap items-center justify-between gap-2">
        <span className="flex items-center gap-4">
          <Suspense
            fallback={
              <span className="text-sm text-muted-foreground" role="status" data-testid="lead-count">
                {t("counting")}
              </span>
            }
          >
            <LeadCount page={page} pending={url.pending} />
          </Suspense>
          <span className="text-xs text-muted-foreground max-md:hidden">
            {t.rich("keys", { kbd: (chunks) => <kbd>{chunks}</kbd> })}
          </span>
        </span>
        <span className="flex flex-wrap items-center gap-1.5">
          {!selectedIds.length && !bulkAll && (
            <Button variant="outline" size="sm" onClick={() => setBulkAll(true)}>
              <ListChecksIcon aria-hidden />
              {t("changeAllMatching")}
            </Button>
          )}
          <DensityToggle value={density} onChange={setDensity} />
          <ColumnPicker table={columns} />
          <Button variant="outline" size="sm" asChild>
            <a href={`/api/leads/export${exportQuery ? `?${exportQuery}` : ""}`} download>
              <DownloadIcon aria-hidden />
              {t("exportCsv")}
            </a>
          </Button>
        </span>
      </div>
      {(selectedIds.length > 0 || bulkAll) && (
        <BulkBar
          selectedIds={selectedIds}
          query={exportQuery}
          users={users}
          onDone={clearSelection}
          onClose={() => setBulkAll(false)}
        />
      )}
      <Suspense fallback={<LeadRowsSkeleton density={density} />}>
        <LeadRows page={page} options={options} url={url} density={density} />
      </Suspense>
    </>
  );
}
