import { describe, expect, it } from "vitest";
import { runningPeak, slopePerMinute, type Sample } from "@/tests/hardening/support/memory-trend";

const MB = 1024 * 1024;
const series = (rssMb: number[], heapMb: number[] = rssMb): Sample[] =>
  rssMb.map((r, i) => ({ minute: i, rss: r * MB, heap: heapMb[i]! * MB }));

describe("memory trend of a held load", () => {
  it("gives the least-squares slope in MB per minute", () => {
    expect(slopePerMinute(series([100, 103, 106, 109]), "rss")).toBeCloseTo(3);
    expect(slopePerMinute(series([100, 100, 100], [50, 49, 48]), "heap")).toBeCloseTo(-1);
    expect(slopePerMinute(series([100, 90, 110, 100]), "rss")).toBeCloseTo(2);
    expect(slopePerMinute(series([100]), "rss")).toBe(0);
  });

  it("keeps a trim-and-regrow of RSS from reading as growth, but not a steady rise", () => {
    const trimmed = series([490, 460, 470, 480, 490, 490, 490]);
    expect(slopePerMinute(trimmed, "rss")).toBeGreaterThan(2);
    expect(slopePerMinute(runningPeak(trimmed), "rss")).toBe(0);
    expect(slopePerMinute(runningPeak(series([400, 405, 410, 415])), "rss")).toBeCloseTo(5);
  });
});
