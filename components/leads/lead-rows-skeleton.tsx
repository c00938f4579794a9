import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";
import type { ListDensity } from "@/lib/users/ui-preferences";
import { rowHeight } from "./lead-row-height";

/** Grey rows in the table's place while the server reads the page (the list's Suspense, the route's loading.tsx). */
export function LeadRowsSkeleton({ density = "compact", rows = 20 }: { density?: ListDensity; rows?: number }) {
  const t = useTranslations("leads");
  return (
    <div role="status" aria-label={t("loading")} className="overflow-hidden rounded-lg border bg-card">
      <div className="flex h-9 items-center gap-3 border-b px-3">
        <Skeleton className="h-3 w-24" />
        <Skeleton className="h-3 w-32" />
        <Skeleton className="h-3 w-20" />
      </div>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={`flex items-center gap-4 border-b px-3 ${rowHeight[density]}`}>
          <Skeleton className="size-4" />
          <Skeleton className="h-3 w-40" />
          <Skeleton className="h-3 w-16" />
          <Skeleton className="h-3 w-32" />
          <Skeleton className="h-3 flex-1" />
          <Skeleton className="h-3 w-20" />
        </div>
      ))}
      <span className="sr-only">{t("loadingText")}</span>
    </div>
  );
}
