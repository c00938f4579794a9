import type { ListDensity } from "@/lib/users/ui-preferences";

/** Row height and text size of the lead list per density: the table and its skeleton alike. */
export const rowHeight: Record<ListDensity, string> = { compact: "h-7 text-[0.8125rem]", comfortable: "h-11 text-sm" };
