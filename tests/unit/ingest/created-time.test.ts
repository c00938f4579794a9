import { describe, expect, it } from "vitest";
import { parseCreatedTime } from "@/lib/ingest/created-time";

const iso = (text: string) => parseCreatedTime(text)?.toISOString() ?? null;

describe("parseCreatedTime", () => {
  it("reads ISO 8601 with Z, offsets and .NET's seven fraction digits", () => {
    expect(iso("2018-09-28T10:00:00Z")).toBe("2018-09-28T10:00:00.000Z");
    expect(iso("2018-09-28T10:00:00.1234567Z")).toBe("2018-09-28T10:00:00.123Z");
    expect(iso("2018-09-28T12:00:00+02:00")).toBe("2018-09-28T10:00:00.000Z");
    expect(iso("2018-09-28T05:30:00-0430")).toBe("2018-09-28T10:00:00.000Z");
  });

  it("reads zone-less times as UTC, whatever the server's zone", () => {
    expect(iso("2018-09-28T10:00:00")).toBe("2018-09-28T10:00:00.000Z");
    expect(iso("2018-09-28 10:00")).toBe("2018-09-28T10:00:00.000Z");
    expect(iso("2018-09-28")).toBe("2018-09-28T00:00:00.000Z");
  });

  it("reads the M/D/YYYY form of the published samples", () => {
    expect(iso("9/28/2018")).toBe("2018-09-28T00:00:00.000Z");
    expect(iso("9/28/2018 10:05:06 AM")).toBe("2018-09-28T10:05:06.000Z");
    expect(iso("9/28/2018 12:00:00 AM")).toBe("2018-09-28T00:00:00.000Z");
    expect(iso("9/28/2018 12:30 PM")).toBe("2018-09-28T12:30:00.000Z");
    expect(iso("9/28/2018 1:00 pm")).toBe("2018-09-28T13:00:00.000Z");
    expect(iso("9/28/2018 22:15")).toBe("2018-09-28T22:15:00.000Z");
  });

  it("reads .NET JSON dates and RFC 1123", () => {
    expect(iso("/Date(1538128800000)/")).toBe("2018-09-28T10:00:00.000Z");
    expect(iso("/Date(1538128800000+0200)/")).toBe("2018-09-28T10:00:00.000Z");
    expect(iso("Fri, 28 Sep 2018 10:00:00 GMT")).toBe("2018-09-28T10:00:00.000Z");
  });

  it("rejects impossible dates instead of rolling them over", () => {
    expect(iso("2018-02-30T10:00:00Z")).toBeNull();
    expect(iso("2018-13-01")).toBeNull();
    expect(iso("2018-09-28T25:00:00Z")).toBeNull();
    expect(iso("28/9/2018")).toBeNull();
    expect(iso("9/28/2018 13:00 PM")).toBeNull();
  });

  it("rejects placeholders and dates outside 2000–2099", () => {
    expect(iso("0001-01-01T00:00:00")).toBeNull();
    expect(iso("1999-12-31T23:59:59Z")).toBeNull();
    expect(iso("2100-01-01T00:00:00Z")).toBeNull();
  });

  it("rejects text that is not a date, and empty input", () => {
    expect(iso("yesterday")).toBeNull();
    expect(iso("1538128800000")).toBeNull();
    expect(iso("Sep 28 2018")).toBeNull();
    expect(iso("")).toBeNull();
    expect(parseCreatedTime(null)).toBeNull();
  });
});
