"use client";

// The list's filters, rendered from the columns' meta.filter declarations.
import type { ReactTable } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { LeadFacets } from "@/lib/leads/lead-facets";
import type { LeadRow } from "@/lib/leads/list-leads";
import { filterKeys } from "@/lib/leads/list-url";
import { slaStates, type SlaState } from "@/lib/leads/response-clock";
import { XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Popover, PopoverContent } from "@/components/ui/popover";
import { NativeSelect } from "@/components/ui/select";
import { DateFilter } from "./date-filter";
import { FacetFilter, FilterTrigger } from "./facet-filter";
import type { leadTableFeatures } from "./lead-table-features";
import { TextFilter } from "./text-filter";
import type { useListUrl } from "./use-list-url";

const flagKeys = ["test", "collapse", "dnc"] as const;
const optionRow = "flex cursor-pointer items-center gap-2 rounded-sm px-1.5 py-1 text-sm hover:bg-accent";

interface Props {
  table: ReactTable<typeof leadTableFeatures, LeadRow>;
  facets: Promise<LeadFacets>;
  url: ReturnType<typeof useListUrl>;
}

export function FilterToolbar({ table, facets, url }: Props) {
  const t = useTranslations("leads.filter");
  const { params, update } = url;
  const flagLabels = { test: t("testLeads"), collapse: t("collapse"), dnc: t("dncOnly") };
  const slaLabels: Record<SlaState, string> = {
    overdue: t("overdue"),
    "due-soon": t("dueSoon"),
    met: t("met"),
    missed: t("missed"),
  };
  const filtered = filterKeys.some((k) => {
    const v = params[k];
    return Array.isArray(v) ? v.length > 0 : Boolean(v);
  });
  return (
    <div className="flex flex-wrap items-center gap-1.5" role="search">
      {table.getAllLeafColumns().map((column) => {
        const filter = column.columnDef.meta?.filter;
        const label = column.columnDef.meta?.label ?? column.id;
        if (!filter) return null;
        switch (filter.kind) {
          case "text":
            return <TextFilter key={column.id} value={params.q} onChange={(q) => update({ q })} />;
          case "dates":
            return (
              <DateFilter
                key={column.id}
                label={label}
                value={params}
                onChange={({ from, to, range }) => update({ from, to, range })}
              />
            );
          case "flags":
            return (
              <Popover key={column.id}>
                <FilterTrigger
                  label={t("more")}
                  active={flagKeys.some((f) => params[f]) || params.delivery === "failing"}
                />
                <PopoverContent className="w-60" role="group" aria-label={t("moreGroup")}>
                  {flagKeys.map((flag) => (
                    <label key={flag} className={optionRow}>
                      <Checkbox checked={params[flag]} onChange={(e) => update({ [flag]: e.target.checked })} />
                      {flagLabels[flag]}
                    </label>
                  ))}
                  <label className={optionRow}>
                    <Checkbox
                      checked={params.delivery === "failing"}
                      onChange={(e) => update({ delivery: e.target.checked ? "failing" : undefined })}
                    />
                    {t("failingDeliveries")}
                  </label>
                </PopoverContent>
              </Popover>
            );
          case "sla":
            return (
              <label key={column.id} className="flex items-center gap-1.5 text-sm">
                <span className="sr-only">{t("response")}</span>
                <NativeSelect
                  aria-label={t("responseClock")}
                  className="h-8"
                  value={params.sla ?? ""}
                  onChange={(e) => update({ sla: (e.target.value || undefined) as typeof params.sla })}
                >
                  <option value="">{t("anyResponse")}</option>
                  {slaStates.map((state) => (
                    <option key={state} value={state}>
                      {slaLabels[state]}
                    </option>
                  ))}
                </NativeSelect>
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
                onChange={(values) =>
                  update(
                    filter.param === "owner" ? { owner: values[0] as typeof params.owner } : { [filter.param]: values },
                  )
                }
              />
            );
          }
        }
      })}
      {filtered && (
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={() =>
            update(Object.fromEntries(filterKeys.map((k) => [k, Array.isArray(params[k]) ? [] : undefined])))
          }
        >
          {t("clearAll")}
          <XIcon aria-hidden />
        </Button>
      )}
    </div>
  );
}
