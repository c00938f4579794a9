// Working days are stored as ISO numbers (1 = Monday … 7 = Sunday); their names come from Intl in the
// viewer's language, so no message file has to list them.
const monday = Date.UTC(2024, 0, 1); // a Monday

export const isoWeekDays = [1, 2, 3, 4, 5, 6, 7] as const;

/** "Mon", "seg.", "lun" … */
export function weekdayName(day: number, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  return format.format(new Date(monday + (day - 1) * 86_400_000));
}
