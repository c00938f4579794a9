// The lead table's TanStack Table v9 feature set and column meta type. Columns
// declare their filter UI in `meta`, so the toolbar is rendered from the column
// definitions rather than by hand.
import {
  columnVisibilityFeature,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { FilterKey } from "@/lib/leads/list-url";

export type ColumnFilterMeta =
  | { kind: "facet"; param: FilterKey; labels?: Record<string, string>; searchable?: boolean; single?: boolean }
  | { kind: "text" }
  | { kind: "dates" }
  | { kind: "flags" }
  | { kind: "sla" };

export interface LeadColumnMeta {
  label: string;
  filter?: ColumnFilterMeta;
  /** Hidden unless the URL's column list names it. */
  hiddenByDefault?: boolean;
  /** Fixed width in px (the table lays out fixed, so rows stay one line); none: takes what is left. */
  width?: number;
  /** Stays in view when the table scrolls sideways: left offset in px. */
  pinLeft?: number;
}

export const leadTableFeatures = tableFeatures({
  columnVisibilityFeature,
  rowSelectionFeature,
  rowSortingFeature,
  columnMeta: metaHelper<LeadColumnMeta>(),
});
