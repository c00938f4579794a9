"use client";

// Reads and writes the lead list's URL. Every change replaces the URL (the
// server page re-renders with the new rows); changing a filter goes back to
// page one, since the old page number means nothing under a new filter. The
// current params come parsed from the server page (zod stays on the server).
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useOptimistic, useRef, useTransition } from "react";
import type { LeadListParams } from "@/lib/leads/list-params";
import { leadListQuery } from "@/lib/leads/list-url";

export function useListUrl(urlParams: LeadListParams) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  // Controls show the new value at once, while the server renders the new page.
  const [params, setOptimistic] = useOptimistic(urlParams);

  // A debounced search fires from an older render: it must build on the latest
  // params, or it would undo a filter changed meanwhile.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);

  const update = useCallback(
    (patch: Partial<LeadListParams>, { keepPage = false } = {}) => {
      const next = { ...latest.current, ...patch, ...(keepPage ? {} : { page: 1 }) };
      latest.current = next;
      const query = leadListQuery(next);
      startTransition(() => {
        setOptimistic(next);
        router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
      });
    },
    [pathname, router, setOptimistic],
  );
  return { params, update, pending, query: leadListQuery(urlParams) };
}
