// IANA time zones, without the database: safe for forms in the browser too.

/** A zone name the runtime knows (IANA, e.g. "Europe/Lisbon"); anything else is refused. */
export function isTimeZone(value: string): boolean {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the runtime knows, sorted, with UTC and the current one even where the list lacks them. */
export function timeZoneChoices(current?: string | null): string[] {
  return [...new Set(["UTC", ...(current ? [current] : []), ...Intl.supportedValuesOf("timeZone")])].sort();
}
