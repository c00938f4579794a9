"use client";

// The list's filters, rendered from the columns' meta.filter declarations.
import type { ReactTable } from "@tanstack/react-table";
import type { LeadFacets } from "@/lib/leads/lead-facets";
import type { LeadRow } from "@/lib/leads/list-leads";
import { filterKeys } from "@/lib/leads/list-params";
import { DateFilter } from "./date-filter";
import { FacetFilter } from "./facet-filter";
import type { leadTableFeatures } from "./lead-table-features";
import { TextFilter } from "./text-filter";
import type { useListUrl } from "./use-list-url";

const slaLabels = { overdue: "Overdue", "due-soon": "Due soon", met: "Answered in time", missed: "Answered late" } as const;
const flagLabels = { test: "Test leads", collapse: "Collapse duplicates", dnc: "Do not contact only" };

interface Props {
  table: ReactTable<typeof leadTableFeatures, LeadRow>;
  facets: Promise<LeadFacets>;
  url: ReturnType<typeof useListUrl>;
}

export function FilterToolbar({ table, facets, url }: Props) {
  const { params, update } = url;
  const filtered = filterKeys.some((k) => {
    const v = params[k];
    return Array.isArray(v) ? v.length > 0 : Boolean(v);
  });
  return (
    <div className="toolbar" role="search">
      {table.getAllLeafColumns().map((column) => {
        const filter = column.columnDef.meta?.filter;
        const label = column.columnDef.meta?.label ?? column.id;
        if (!filter) return null;
        switch (filter.kind) {
          case "text":
            return <TextFilter key={column.id} value={params.q} onChange={(q) => update({ q })} />;
          case "dates":
            return <DateFilter key={column.id} value={params} onChange={({ from, to, range }) => update({ from, to, range })} />;
          case "flags":
            return (
              <span key={column.id} className="inline wrap">
                {(Object.keys(flagLabels) as (keyof typeof flagLabels)[]).map((flag) => (
                  <label key={flag} className="check">
                    <input type="checkbox" checked={params[flag]} onChange={(e) => update({ [flag]: e.target.checked })} />
                    {flagLabels[flag]}
                  </label>
                ))}
                <label className="check">
                  <input type="checkbox" checked={params.delivery === "failing"} onChange={(e) => update({ delivery: e.target.checked ? "failing" : undefined })} />
                  Failing deliveries
                </label>
              </span>
            );
          case "sla":
            return (
              <label key={column.id} className="check">
                Response
                <select aria-label="Response clock" value={params.sla ?? ""} onChange={(e) => update({ sla: (e.target.value || undefined) as typeof params.sla })}>
                  <option value="">Any</option>
                  {(Object.keys(slaLabels) as (keyof typeof slaLabels)[]).map((state) => (
                    <option key={state} value={state}>
                      {slaLabels[state]}
                    </option>
                  ))}
                </select>
              </label>
            );
          case "facet": {
            const selected = filter.param === "owner" ? (params.owner ? [params.owner] : []) : params[filter.param];
            return (
              <FacetFilter
                key={column.id}
                label={label}
                param={filter.param}
                facets={facets}
                selected={selected}
                labels={filter.labels}
                searchable={filter.searchable}
                single={filter.single}
                onChange={(values) => update(filter.param === "owner" ? { owner: values[0] as typeof params.owner } : { [filter.param]: values })}
              />
            );
          }
        }
      })}
      {filtered && (
        <button type="button" className="link" onClick={() => update(Object.fromEntries(filterKeys.map((k) => [k, Array.isArray(params[k]) ? [] : undefined])))}>
          Clear filters
        </button>
      )}
    </div>
  );
}
