"use client";

// The viewer's time zone for every date on the page (LocalTime). On the first
// visit the profile has none yet: the browser's zone is stored, then the page
// re-renders in it. Until then dates show in UTC, and say so.
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect } from "react";
import { setTimeZoneAction } from "@/lib/actions/profile/set-time-zone-action";

const TimeZoneContext = createContext("UTC");

export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}

export function TimeZoneProvider({ timeZone, children }: { timeZone: string | null; children: React.ReactNode }) {
  const router = useRouter();
  useEffect(() => {
    if (timeZone) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserZone) return;
    const form = new FormData();
    form.set("timeZone", browserZone);
    form.set("source", "browser");
    void setTimeZoneAction(null, form).then((result) => {
      if (result.ok) router.refresh();
    });
  }, [timeZone, router]);
  return <TimeZoneContext value={timeZone ?? "UTC"}>{children}</TimeZoneContext>;
}
