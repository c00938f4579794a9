// CreatedTime of the Azure Table shape, read without Date.parse's guesswork:
// Date.parse reads "9/28/2018 10:00 AM" and zone-less ISO times in the
// server's local zone, so the same lead would get a different time on each
// machine. Zone-less times are taken as UTC (Azure services run in UTC).

// Leads before the marketplace existed, or far in the future, are defaults
// (.NET's DateTime.MinValue is "0001-01-01T00:00:00") or garbage, not times.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
// M/D/YYYY as in the published samples ("9/28/2018"), optional h:mm[:ss] [AM|PM].
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i;
// .NET JSON dates: "/Date(1538128800000)/", optionally with an offset that does not change the instant.
const DOTNET = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;
// RFC 1123, as HTTP and Azure Table headers write times.
const RFC1123 = /^[a-z]{3}, \d{1,2} [a-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/i;

/** The instant a CreatedTime string names, or null when it is not a date we can read unambiguously. */
export function parseCreatedTime(text: string | null): Date | null {
  const value = text?.trim();
  if (!value) return null;
  return withinRange(read(value));
}

function read(value: string): number | null {
  let match = ISO.exec(value);
  if (match) {
    const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone] = match;
    const ms = Math.floor(Number(`0.${fraction || "0"}`) * 1000);
    const local = utc(+y!, +mo!, +d!, +h, +mi, +s, ms);
    return local === null ? null : local - offsetMinutes(zone) * 60_000;
  }
  match = US.exec(value);
  if (match) {
    const [, mo, d, y, h = "0", mi = "0", s = "0", meridiem] = match;
    let hour = +h;
    if (meridiem) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (meridiem.toUpperCase() === "PM" ? 12 : 0);
    }
    return utc(+y!, +mo!, +d!, hour, +mi, +s, 0);
  }
  match = DOTNET.exec(value);
  if (match) return Number(match[1]);
  if (RFC1123.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

/** Date.UTC, but null for impossible dates (Feb 30, hour 25) instead of rolling over. */
function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | null {
  const time = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const date = new Date(time);
  const same =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s;
  return same ? time : null;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === "Z") return 0;
  const digits = zone.replace(":", "");
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith("-") ? -minutes : minutes;
}

function withinRange(ms: number | null): Date | null {
  if (ms === null || !Number.isFinite(ms) || ms < EARLIEST || ms >= LATEST) return null;
  return new Date(ms);
}
