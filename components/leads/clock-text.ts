// The response clock in words, in the viewer's language, for server and client
// components alike: pass the "leads" translator (getTranslations or useTranslations).
import type { useTranslations } from "next-intl";
import { clockWords, spanWords } from "@/lib/leads/clock-words";
import type { Clock } from "@/lib/leads/response-clock";

export type LeadsTranslator = ReturnType<typeof useTranslations<"leads">>;

/** "2 d 3 h", "3 h 20 min", "45 min". */
export function spanText(t: LeadsTranslator, ms: number): string {
  const { key, values } = spanWords(ms);
  return t(`span.${key}`, values);
}

/** "Due in 3 h", "Overdue by 45 min", "Answered in time (2 h to spare)" … */
export function clockText(t: LeadsTranslator, clock: Clock): string {
  const { key, span } = clockWords(clock);
  return t(`clock.${key}`, { span: span ? t(`span.${span.key}`, span.values) : "" });
}
