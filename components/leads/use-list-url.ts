"use client";

// Reads and writes the lead list's URL. Every change replaces the URL (the
// server page re-renders with the new rows); changing a filter goes back to
// page one, since the old page number means nothing under a new filter.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useOptimistic, useTransition } from "react";
import { leadListQuery, parseLeadListParams, type LeadListParams } from "@/lib/leads/list-params";

export function useListUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();
  const urlParams = useMemo(() => parseLeadListParams(new URLSearchParams(search.toString())), [search]);
  // Controls show the new value at once, while the server renders the new page.
  const [params, setOptimistic] = useOptimistic(urlParams);

  const update = useCallback(
    (patch: Partial<LeadListParams>, { keepPage = false } = {}) => {
      const next = { ...params, ...patch, ...(keepPage ? {} : { page: 1 }) };
      const query = leadListQuery(next);
      startTransition(() => {
        setOptimistic(next);
        router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
      });
    },
    [params, pathname, router, setOptimistic],
  );
  return { params, update, pending, query: search.toString() };
}
