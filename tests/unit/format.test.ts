import { describe, expect, it } from "vitest";
import { formatDateTime, formatLocalDateTime, formatRelative, utcOffset } from "@/lib/format";
import { isTimeZone, readDensity } from "@/lib/users/ui-preferences";

const at = new Date("2026-07-01T12:30:00Z");

describe("dates in the viewer's zone", () => {
  it("shows the time in the zone with its offset, and UTC only for UTC", () => {
    expect(formatDateTime(at, "Europe/Lisbon")).toBe("1 Jul 2026, 13:30 (UTC+01:00)");
    expect(formatDateTime(at, "America/Sao_Paulo")).toBe("1 Jul 2026, 09:30 (UTC-03:00)");
    expect(formatDateTime(at, "Asia/Kolkata")).toBe("1 Jul 2026, 18:00 (UTC+05:30)");
    expect(formatDateTime(at, "UTC")).toBe("1 Jul 2026, 12:30 (UTC)");
    expect(formatLocalDateTime(at, "Europe/Lisbon")).toBe("1 Jul 2026, 13:30");
  });

  it("follows daylight saving time", () => {
    expect(utcOffset(new Date("2026-01-15T12:00:00Z"), "Europe/Lisbon")).toBe("UTC");
    expect(utcOffset(new Date("2026-01-15T12:00:00Z"), "Europe/Berlin")).toBe("UTC+01:00");
    expect(utcOffset(at, "Europe/Berlin")).toBe("UTC+02:00");
  });

  it("says how long ago in the largest whole unit, and the date past a week", () => {
    const ago = (ms: number) => formatRelative(new Date(at.getTime() - ms), at, "Europe/Lisbon");
    expect(ago(20_000)).toBe("just now");
    expect(ago(5 * 60_000)).toBe("5 min ago");
    expect(ago(3 * 3_600_000 + 59 * 60_000)).toBe("3 h ago");
    expect(ago(2 * 86_400_000)).toBe("2 d ago");
    expect(ago(10 * 86_400_000)).toBe("21 Jun 2026");
    expect(formatRelative(new Date(at.getTime() + 2 * 3_600_000), at)).toBe("in 2 h");
  });
});

describe("dates and numbers in the viewer's language", () => {
  const december = new Date("2026-12-02T14:05:00Z");

  it("writes the full timestamp as each language does, the offset kept", () => {
    expect(formatDateTime(december, "UTC", "en")).toBe("2 Dec 2026, 14:05 (UTC)");
    expect(formatDateTime(december, "UTC", "pt-PT")).toBe("02/12/2026, 14:05 (UTC)");
    expect(formatDateTime(december, "UTC", "es-ES")).toBe("2 dic 2026, 14:05 (UTC)");
    expect(formatDateTime(december, "Europe/Madrid", "es-ES")).toBe("2 dic 2026, 15:05 (UTC+01:00)");
    expect(formatLocalDateTime(december, "Europe/Lisbon", "pt-PT")).toBe("02/12/2026, 14:05");
  });

  it("says how long ago in short forms, and the date past a week", () => {
    const ago = (ms: number, locale: "pt-PT" | "es-ES") =>
      formatRelative(new Date(at.getTime() - ms), at, "Europe/Lisbon", locale);
    expect(ago(20_000, "pt-PT")).toBe("agora");
    expect(ago(5 * 60_000, "pt-PT")).toBe("há 5 min");
    expect(ago(3 * 3_600_000, "pt-PT")).toBe("há 3 h");
    expect(ago(2 * 86_400_000, "pt-PT")).toBe("há 2 dias");
    expect(ago(10 * 86_400_000, "pt-PT")).toBe("21/06/2026");
    expect(ago(20_000, "es-ES")).toBe("ahora");
    expect(ago(3 * 3_600_000, "es-ES")).toBe("hace 3 h");
    expect(ago(2 * 86_400_000, "es-ES")).toBe("hace 2 d");
    expect(ago(10 * 86_400_000, "es-ES")).toBe("21 jun 2026");
    expect(formatRelative(new Date(at.getTime() + 2 * 3_600_000), at, "UTC", "es-ES")).toBe("dentro de 2 h");
    expect(formatRelative(new Date(at.getTime() - 86_400_000), at, "UTC", "en")).toBe("1 d ago");
  });
});

describe("ui preferences", () => {
  it("accepts only zones the runtime knows", () => {
    expect(isTimeZone("Europe/Lisbon")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("falls back to compact for an unknown density", () => {
    expect(readDensity("comfortable")).toBe("comfortable");
    expect(readDensity("huge")).toBe("compact");
  });
});
