// Every date a person reads goes through here: in the viewer's time zone (their
// profile's, the browser's on the first visit), with its UTC offset in full.
const fullFormats = new Map<string, Intl.DateTimeFormat>();

function fullFormat(timeZone: string): Intl.DateTimeFormat {
  let format = fullFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
    fullFormats.set(timeZone, format);
  }
  return format;
}

/** "+01:00", "−03:30", or "UTC" for zero offset, at that moment in that zone. */
export function utcOffset(date: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = name?.replace(/^GMT/, "") ?? "";
  return offset && offset !== "+00:00" ? `UTC${offset}` : "UTC";
}

/** "2 Dec 2026, 14:05 (UTC+01:00)": the full timestamp, for titles and tooltips. */
export function formatDateTime(date: Date, timeZone = "UTC"): string {
  return `${fullFormat(timeZone).format(date)} (${utcOffset(date, timeZone)})`;
}

/** "2 Dec 2026, 14:05": the timestamp without its offset, where the offset is shown on hover. */
export function formatLocalDateTime(date: Date, timeZone = "UTC"): string {
  return fullFormat(timeZone).format(date);
}

const units: [Intl.RelativeTimeFormatUnit, number, string][] = [
  ["day", 86_400_000, "d"],
  ["hour", 3_600_000, "h"],
  ["minute", 60_000, "min"],
];

/** "just now", "5 min ago", "3 h ago", "2 d ago"; past a week, the date in the viewer's zone. */
export function formatRelative(date: Date, now: Date, timeZone = "UTC"): string {
  const ms = now.getTime() - date.getTime();
  const abs = Math.abs(ms);
  if (abs < 60_000) return "just now";
  if (abs >= 7 * 86_400_000) return fullFormat(timeZone).format(date).replace(/,.*$/, "");
  const [, size, short] = units.find(([, size]) => abs >= size)!;
  const n = Math.floor(abs / size);
  return ms >= 0 ? `${n} ${short} ago` : `in ${n} ${short}`;
}
