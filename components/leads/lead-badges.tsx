"use client";

// The colour a lead's status and response clock are shown in, on the list and the lead page alike.
import type { VariantProps } from "class-variance-authority";
import { useLocale, useTranslations } from "next-intl";
import { Badge, type badgeVariants } from "@/components/ui/badge";
import { useTimeZone } from "@/components/shell/time-zone";
import { formatDateTime } from "@/lib/format";
import { formatSpan, type readClock } from "@/lib/leads/response-clock";
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

/** A clock's state in words, in the viewer's language: "Due in 3 h", "Overdue by 2 d 1 h" … */
function useClockText() {
  const t = useTranslations("lead");
  return (clock: Clock) => {
    switch (clock.state) {
      case "running":
      case "due-soon":
        return t("clock.dueIn", { span: formatSpan(clock.leftMs) });
      case "overdue":
        return t("clock.overdueBy", { span: formatSpan(clock.leftMs) });
      case "met":
        return t("clock.met", { span: formatSpan(clock.marginMs) });
      case "missed":
        return t("clock.missed", { span: formatSpan(clock.marginMs) });
    }
  };
}

/** Time left or over on the first-response clock; the due moment in full on hover. */
export function DueBadge({ clock }: { clock: Clock }) {
  const timeZone = useTimeZone();
  const locale = useLocale();
  const t = useTranslations("lead");
  const text = useClockText();
  // Time left is relative to the moment of rendering: the browser's may be a minute on from the server's.
  return (
    <Badge
      variant={slaVariant[clock.state]}
      title={t("clock.dueAt", { date: formatDateTime(clock.dueAt, timeZone, locale) })}
      suppressHydrationWarning
    >
      {text(clock)}
    </Badge>
  );
}
