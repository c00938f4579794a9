"use client";

// The colour a lead's status and response clock are shown in, on the list and the lead page alike.
import type { VariantProps } from "class-variance-authority";
import { Badge, type badgeVariants } from "@/components/ui/badge";
import { useTimeZone } from "@/components/shell/time-zone";
import { formatDateTime } from "@/lib/format";
import { describeClock, type readClock } from "@/lib/leads/response-clock";
import type { LeadStatus } from "@/lib/leads/statuses";

type Variant = VariantProps<typeof badgeVariants>["variant"];

export const statusVariant: Record<LeadStatus, Variant> = {
  NEW: "default",
  CONTACTED: "primary",
  QUALIFIED: "primary",
  WON: "success",
  LOST: "destructive",
  DISQUALIFIED: "destructive",
};

type Clock = Exclude<ReturnType<typeof readClock>, { state: "none" }>;

export const slaVariant: Record<Clock["state"], Variant> = {
  running: "default",
  "due-soon": "warning",
  overdue: "destructive",
  met: "success",
  missed: "destructive",
};

/** Time left or over on the first-response clock; the due moment in full on hover. */
export function DueBadge({ clock }: { clock: Clock }) {
  const timeZone = useTimeZone();
  // Time left is relative to the moment of rendering: the browser's may be a minute on from the server's.
  return (
    <Badge
      variant={slaVariant[clock.state]}
      title={`Due ${formatDateTime(clock.dueAt, timeZone)}`}
      suppressHydrationWarning
    >
      {describeClock(clock)}
    </Badge>
  );
}
