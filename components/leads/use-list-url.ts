"use client";

// Reads and writes the lead list's URL. Every change replaces the URL (the
// server page re-renders with the new rows); changing a filter goes back to
// page one, since the old page number means nothing under a new filter.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useTransition } from "react";
import { leadListQuery, parseLeadListParams, type LeadListParams } from "@/lib/leads/list-params";

export function useListUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();
  const params = useMemo(() => parseLeadListParams(new URLSearchParams(search.toString())), [search]);

  const update = useCallback(
    (patch: Partial<LeadListParams>, { keepPage = false } = {}) => {
      const next = { ...params, ...patch, ...(keepPage ? {} : { page: 1 }) };
      const query = leadListQuery(next);
      startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
    },
    [params, pathname, router],
  );
  return { params, update, pending, query: search.toString() };
}
