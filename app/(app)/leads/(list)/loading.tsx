import { useTranslations } from "next-intl";
import { LeadRowsSkeleton } from "@/components/leads/lead-rows-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

/** Shown at once on navigation to the list, while the server starts on the page. */
export default function LeadsLoading() {
  const t = useTranslations("leads");
  return (
    <>
      <div className="mb-2 flex items-center gap-6">
        <h1 className="m-0">{t("title")}</h1>
        <Skeleton className="h-5 w-64" />
      </div>
      <div className="mb-2 flex gap-1.5">
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-8 w-24" />
        <Skeleton className="h-8 w-24" />
        <Skeleton className="h-8 w-24" />
      </div>
      <Skeleton className="mb-2 h-8 w-40" />
      <LeadRowsSkeleton />
    </>
  );
}
