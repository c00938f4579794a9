"use client";

import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent } from "@/components/ui/popover";
import { NativeSelect } from "@/components/ui/select";
import type { LeadListParams } from "@/lib/leads/list-params";
import { FilterTrigger } from "./facet-filter";

type Dates = Pick<LeadListParams, "from" | "to" | "range">;
const field = "flex flex-col gap-1 text-sm font-medium";

/** Received date: a relative window or explicit days (UTC, inclusive). */
export function DateFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Dates;
  onChange: (patch: Dates) => void;
}) {
  const t = useTranslations("leads.filter");
  const ranges = { "": t("anyTime"), today: t("today"), "7d": t("last7Days"), "30d": t("last30Days") };
  return (
    <Popover>
      <FilterTrigger label={label} active={Boolean(value.from || value.to || value.range)} />
      <PopoverContent className="flex w-60 flex-col gap-2 p-3" role="group" aria-label={t("group", { label })}>
        <label className={field}>
          {t("window")}
          <NativeSelect
            value={value.range ?? ""}
            onChange={(e) => onChange({ ...value, range: (e.target.value || undefined) as Dates["range"] })}
          >
            {Object.entries(ranges).map(([k, text]) => (
              <option key={k} value={k}>
                {text}
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className={field}>
          {t("from")}
          <Input
            type="date"
            value={value.from ?? ""}
            onChange={(e) => onChange({ ...value, from: e.target.value || undefined })}
          />
        </label>
        <label className={field}>
          {t("to")}
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
