// The response clock's words as message keys and numbers, for the viewer's
// language: components render them with next-intl (components/leads/clock-text.ts:
// leads.clock.* around leads.span.*). The state itself comes from readClock.
import type { Clock } from "./response-clock";

export type SpanKey = "days" | "daysHours" | "hours" | "hoursMinutes" | "minutes";

export interface Span {
  key: SpanKey;
  values: { days: number; hours: number; minutes: number };
}

/** A duration as its two largest units, rounded down: 2 d 3 h, 3 h 20 min, 45 min. */
export function spanWords(ms: number): Span {
  const total = Math.floor(Math.abs(ms) / 60_000);
  const values = { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
  const key: SpanKey = values.days
    ? values.hours
      ? "daysHours"
      : "days"
    : values.hours
      ? values.minutes
        ? "hoursMinutes"
        : "hours"
      : "minutes";
  return { key, values };
}

export type ClockKey = "none" | "dueIn" | "overdueBy" | "answeredInTime" | "answeredLate";

/** Which sentence a clock reads as, and the span it names (none for a lead without a target). */
export function clockWords(clock: Clock): { key: ClockKey; span: Span | null } {
  switch (clock.state) {
    case "none":
      return { key: "none", span: null };
    case "running":
    case "due-soon":
      return { key: "dueIn", span: spanWords(clock.leftMs) };
    case "overdue":
      return { key: "overdueBy", span: spanWords(clock.leftMs) };
    case "met":
      return { key: "answeredInTime", span: spanWords(clock.marginMs) };
    case "missed":
      return { key: "answeredLate", span: spanWords(clock.marginMs) };
  }
}
