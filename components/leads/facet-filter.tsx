"use client";

import { Suspense, use, useState } from "react";
import type { FacetOption, LeadFacets } from "@/lib/leads/lead-facets";
import type { FilterKey } from "@/lib/leads/list-params";

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

/** A filter menu: each option with the number of leads it matches under the other filters. */
export function FacetFilter({ label, selected, labels, searchable, single, ...rest }: Props) {
  const [search, setSearch] = useState("");
  return (
    <details className="filter-menu">
      <summary className={selected.length ? "active" : undefined}>
        {label}
        {selected.length > 0 && <span className="badge">{single ? (labels?.[selected[0]!] ?? "1") : selected.length}</span>}
      </summary>
      <div className="filter-popover" role="group" aria-label={`${label} filter`}>
        {searchable && <input type="search" placeholder={`Find ${label.toLowerCase()}`} aria-label={`Find ${label.toLowerCase()}`} value={search} onChange={(e) => setSearch(e.target.value)} />}
        <Suspense fallback={<p className="muted small">Counting…</p>}>
          <FacetOptions {...rest} selected={selected} labels={labels} single={single} search={search} />
        </Suspense>
      </div>
    </details>
  );
}

function FacetOptions({ param, facets, selected, labels, single, search, onChange }: Omit<Props, "label" | "searchable"> & { search: string }) {
  const options = use(facets)[param];
  const name = (o: FacetOption) => o.label ?? labels?.[o.value] ?? o.value;
  // Selected values stay listed even when they match nothing right now.
  const missing: FacetOption[] = selected.filter((v) => !options.some((o) => o.value === v)).map((value) => ({ value, count: 0 }));
  const all = [...options, ...missing];
  const term = search.trim().toLowerCase();
  const shown = term ? all.filter((o) => `${name(o)} ${o.value}`.toLowerCase().includes(term)) : all;
  const toggle = (value: string, on: boolean) => onChange(single ? (on ? [value] : []) : on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <>
      {shown.length === 0 && <p className="muted small">No options.</p>}
      <ul>
        {shown.map((o) => (
          <li key={o.value}>
            <label className="check">
              <input type={single ? "radio" : "checkbox"} checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
              <span className="grow">{name(o)}</span>
              <span className="muted small" title={o.estimated ? "Estimated from a sample of the leads" : undefined}>
                {o.estimated && "≈ "}
                {o.count.toLocaleString("en")}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {selected.length > 0 && (
        <button type="button" className="link" onClick={() => onChange([])}>
          Clear
        </button>
      )}
    </>
  );
}
