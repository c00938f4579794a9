"use client";

import { Columns3Icon } from "lucide-react";
import type { ReactTable } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { LeadRow } from "@/lib/leads/list-leads";
import type { leadTableFeatures } from "./lead-table-features";

const option = "flex cursor-pointer items-center gap-2 rounded-sm px-1.5 py-1 text-sm hover:bg-accent";

/** Show or hide columns; the choice lives in the URL (and in saved views). */
export function ColumnPicker({ table }: { table: ReactTable<typeof leadTableFeatures, LeadRow> }) {
  const t = useTranslations("leads");
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm">
          <Columns3Icon aria-hidden />
          {t("columns")}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-52" role="group" aria-label={t("columns")}>
        <ul className="m-0 list-none p-0">
          {table
            .getAllLeafColumns()
            .filter((c) => c.getCanHide())
            .map((c) => (
              <li key={c.id}>
                <label className={option}>
                  <Checkbox checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />
                  {c.columnDef.meta?.label ?? c.id}
                </label>
              </li>
            ))}
        </ul>
      </PopoverContent>
    </Popover>
  );
}
