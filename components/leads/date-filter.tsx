"use client";

import { Input } from "@/components/ui/input";
import { Popover, PopoverContent } from "@/components/ui/popover";
import { NativeSelect } from "@/components/ui/select";
import type { LeadListParams } from "@/lib/leads/list-params";
import { FilterTrigger } from "./facet-filter";

type Dates = Pick<LeadListParams, "from" | "to" | "range">;
const ranges = { "": "Any time", today: "Today", "7d": "Last 7 days", "30d": "Last 30 days" } as const;
const field = "flex flex-col gap-1 text-sm font-medium";

/** Received date: a relative window or explicit days (UTC, inclusive). */
export function DateFilter({ value, onChange }: { value: Dates; onChange: (patch: Dates) => void }) {
  return (
    <Popover>
      <FilterTrigger label="Received" active={Boolean(value.from || value.to || value.range)} />
      <PopoverContent className="flex w-60 flex-col gap-2 p-3" role="group" aria-label="Received filter">
        <label className={field} data-slot="label">
          Window
          <NativeSelect
            value={value.range ?? ""}
            onChange={(e) => onChange({ ...value, range: (e.target.value || undefined) as Dates["range"] })}
          >
            {Object.entries(ranges).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className={field} data-slot="label">
          From
          <Input
            type="date"
            value={value.from ?? ""}
            onChange={(e) => onChange({ ...value, from: e.target.value || undefined })}
          />
        </label>
        <label className={field} data-slot="label">
          To
          <Input
            type="date"
            value={value.to ?? ""}
            onChange={(e) => onChange({ ...value, to: e.target.value || undefined })}
          />
        </label>
      </PopoverContent>
    </Popover>
  );
}
