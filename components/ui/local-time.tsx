"use client";

import { useLocale } from "next-intl";
import { useTimeZone } from "@/components/shell/time-zone";
import { formatDateTime, formatLocalDateTime, formatRelative } from "@/lib/format";
import { cn } from "./cn";

interface Props {
  date: Date;
  /** "3 h ago" where people scan a list; the full timestamp is always on hover. */
  relative?: boolean;
  className?: string;
}

/** A date in the viewer's time zone and language, its full timestamp with the UTC offset on hover. */
export function LocalTime({ date, relative = false, className }: Props) {
  const timeZone = useTimeZone();
  const locale = useLocale();
  const full = formatDateTime(date, timeZone, locale);
  return (
    // Relative text depends on the moment of rendering: the browser's may be a minute on from the server's.
    <time
      dateTime={date.toISOString()}
      title={full}
      className={cn("whitespace-nowrap", className)}
      suppressHydrationWarning
    >
      {relative ? formatRelative(date, new Date(), timeZone, locale) : formatLocalDateTime(date, timeZone, locale)}
    </time>
  );
}
