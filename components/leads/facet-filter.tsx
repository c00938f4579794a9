"use client";

import { Suspense, use, useState } from "react";
import { PlusCircleIcon } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { FacetOption, LeadFacets } from "@/lib/leads/lead-facets";
import type { FilterKey } from "@/lib/leads/list-url";

interface Props {
  label: string;
  param: FilterKey;
  /** Counted while the rows are already shown: the page does not wait for them. */
  facets: Promise<LeadFacets>;
  selected: string[];
  labels?: Record<string, string>;
  searchable?: boolean;
  single?: boolean;
  onChange: (values: string[]) => void;
}

/** A filter menu: a search box, then each option with the number of leads it matches under the other filters. */
export function FacetFilter({ label, selected, labels, single, ...rest }: Props) {
  const t = useTranslations("leads.filter");
  const [search, setSearch] = useState("");
  const find = t("find", { label: label.toLowerCase() });
  return (
    <Popover>
      <FilterTrigger label={label} active={selected.length > 0}>
        {selected.length > 0 && (
          <Badge variant="primary">{single ? (labels?.[selected[0]!] ?? "1") : selected.length}</Badge>
        )}
      </FilterTrigger>
      <PopoverContent className="flex w-64 flex-col gap-2" role="group" aria-label={t("group", { label })}>
        <Input
          type="search"
          className="h-8"
          placeholder={find}
          aria-label={find}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Suspense fallback={<p className="m-0 text-sm text-muted-foreground">{t("counting")}</p>}>
          <FacetOptions {...rest} selected={selected} labels={labels} single={single} search={search} />
        </Suspense>
      </PopoverContent>
    </Popover>
  );
}

/** The toolbar's button for a filter popover: dashed until the filter is in use. */
export function FilterTrigger({
  label,
  active,
  children,
}: {
  label: string;
  active: boolean;
  children?: React.ReactNode;
}) {
  return (
    <PopoverTrigger asChild>
      <Button variant="outline" size="sm" className={active ? "border-primary" : "border-dashed"}>
        <PlusCircleIcon aria-hidden />
        {label}
        {children}
      </Button>
    </PopoverTrigger>
  );
}

function FacetOptions({
  param,
  facets,
  selected,
  labels,
  single,
  search,
  onChange,
}: Omit<Props, "label" | "searchable"> & { search: string }) {
  const t = useTranslations("leads.filter");
  const format = useFormatter();
  const options = use(facets)[param];
  // The column's labels (in the reader's language) first; the server's labels name users and offers.
  const name = (o: FacetOption) => labels?.[o.value] ?? o.label ?? o.value;
  // Selected values stay listed even when they match nothing right now.
  const missing: FacetOption[] = selected
    .filter((v) => !options.some((o) => o.value === v))
    .map((value) => ({ value, count: 0 }));
  const all = [...options, ...missing];
  const term = search.trim().toLowerCase();
  const shown = term ? all.filter((o) => `${name(o)} ${o.value}`.toLowerCase().includes(term)) : all;
  const toggle = (value: string, on: boolean) =>
    onChange(single ? (on ? [value] : []) : on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <>
      {shown.length === 0 && <p className="m-0 px-1 text-sm text-muted-foreground">{t("noOptions")}</p>}
      <ul className="m-0 max-h-72 list-none overflow-y-auto p-0">
        {shown.map((o) => (
          <li key={o.value}>
            <label className="flex cursor-pointer items-center gap-2 rounded-sm px-1.5 py-1 text-sm hover:bg-accent">
              {single ? (
                <input
                  type="radio"
                  className="size-4 accent-primary"
                  checked={selected.includes(o.value)}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                />
              ) : (
                <Checkbox checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
              )}
              <span className="flex-1 truncate" title={name(o)}>
                {name(o)}
              </span>
              <span
                className="font-mono text-xs text-muted-foreground"
                title={o.estimated ? t("estimated") : undefined}
              >
                {o.estimated && "≈ "}
                {format.number(o.count)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {selected.length > 0 && (
        <Button type="button" variant="ghost" size="sm" onClick={() => onChange([])}>
          {t("clear")}
        </Button>
      )}
    </>
  );
}
