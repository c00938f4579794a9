// Every date a person reads goes through here: in the viewer's time zone (their
// profile's, the browser's on the first visit) and language, with the UTC offset
// in full. English is written the British way ("2 Dec 2026, 14:05"), as Lead desk
// always has. Numbers go through next-intl's formatter (useFormatter, getFormatter).
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

/** The Intl tag for a locale: en-GB for English (day before month, 24-hour clock). */
function intlTag(locale: Locale): string {
  return locale === "en" ? "en-GB" : locale;
}

// Building an Intl formatter costs ~0.1 ms, formatting with one a few µs: the lead list
// formats several dates a row, so each formatter is built once per language and zone.
function cached<T>(make: (locale: Locale, timeZone: string) => T) {
  const made = new Map<string, T>();
  return (locale: Locale, timeZone: string): T => {
    const key = `${locale}|${timeZone}`;
    let value = made.get(key);
    if (!value) made.set(key, (value = make(locale, timeZone)));
    return value;
  };
}

const dateTimeFormat = cached(
  (locale, timeZone) => new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", timeZone }),
);
const dateFormat = cached(
  (locale, timeZone) => new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeZone }),
);
const relativeFormat = cached(
  (locale, numeric) =>
    new Intl.RelativeTimeFormat(intlTag(locale), { style: "short", numeric: numeric as "auto" | "always" }),
);

// The offset's name is read in one language whatever the viewer's ("GMT+01:00").
const offsetFormat = cached(
  (_locale, timeZone) => new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }),
);

/** "UTC+01:00", "UTC-03:30", or "UTC" for zero offset, at that moment in that zone. */
export function utcOffset(date: Date, timeZone: string): string {
  const name = offsetFormat(defaultLocale, timeZone)
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = name?.replace(/^GMT/, "") ?? "";
  return offset && offset !== "+00:00" ? `UTC${offset}` : "UTC";
}

/** "2 Dec 2026, 14:05 (UTC+01:00)", "02/12/2026, 14:05 (UTC)": the full timestamp, for titles, tooltips, alerts. */
export function formatDateTime(date: Date, timeZone = "UTC", locale: Locale = defaultLocale): string {
  return `${dateTimeFormat(locale, timeZone).format(date)} (${utcOffset(date, timeZone)})`;
}

/** "2 Dec 2026, 14:05": the timestamp without its offset, where the offset is shown on hover. */
export function formatLocalDateTime(date: Date, timeZone = "UTC", locale: Locale = defaultLocale): string {
  return dateTimeFormat(locale, timeZone).format(date);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

// CLDR's short English ("3 hr ago", "2 days ago", "now") is longer than the compact
// forms the lists were laid out for; English keeps those. Portuguese and Spanish
// are CLDR's own short forms ("há 3 h", "hace 3 h").
const compact: Partial<Record<Locale, (text: string) => string>> = {
  en: (text) =>
    text
      .replace(/\bhr\b\.?/, "h")
      .replace(/\bdays?\b/, "d")
      .replace(/^now$/, "just now"),
};

/** "just now", "5 min ago", "há 3 h", "hace 2 d"; past a week, the date in the viewer's zone. */
export function formatRelative(date: Date, now: Date, timeZone = "UTC", locale: Locale = defaultLocale): string {
  const ms = now.getTime() - date.getTime();
  const abs = Math.abs(ms);
  if (abs >= 7 * 86_400_000) return dateFormat(locale, timeZone).format(date);
  const text =
    abs < 60_000
      ? relativeFormat(locale, "auto").format(0, "second")
      : (() => {
          const [unit, size] = units.find(([, size]) => abs >= size)!;
          const n = Math.floor(abs / size);
          return relativeFormat(locale, "always").format(ms >= 0 ? -n : n, unit);
        })();
  return compact[locale]?.(text) ?? text;
}
