// The benchmark report's ratio targets: the figure beside a verdict never reads as its bound when
// the ratio is a hair past it (a do-nothing ratio of 0.8975 once read "90% … missed").
import { describe, expect, it } from "vitest";
import type { IngestFigure } from "@/scripts/bench/ingest";
import { checkTargets, percent, times } from "@/scripts/bench/report";
import type { BenchResults } from "@/scripts/bench/run";
import { spread } from "@/scripts/bench/stats";

function figure(target: IngestFigure["target"], reqPerSecond: number, p99 = 25): IngestFigure {
  return {
    target,
    concurrency: 16,
    throughput: spread([reqPerSecond]),
    p50: spread([10]),
    p99: spread([p99]),
    ok: 1,
    non2xx: 0,
    errors: 0,
  };
}

function results(runs: { noop: number; bareNoop: number; webhook: number; insert: number; p99?: number }) {
  return {
    options: { db: "postgres", concurrency: [16] },
    prepared: { leadCount: 1_000_000 },
    ingestion: [
      figure("bare-noop", runs.bareNoop),
      figure("noop", runs.noop),
      figure("webhook", runs.webhook, runs.p99 ?? 25),
      figure("bare-insert", runs.insert, 20),
    ],
    ingestCheck: null,
    cold: null,
    list: [],
    detail: [],
    browser: null,
    export: null,
  } as unknown as BenchResults;
}

const target = (r: BenchResults, start: string) => checkTargets(r).find((t) => t.target.startsWith(start))!;

describe("bench report: ratio figures agree with their verdicts", () => {
  it("a throughput a hair under its bound reads under it", () => {
    const noop = target(results({ noop: 1374, bareNoop: 1531, webhook: 1000, insert: 1000 }), "The app's do-nothing");
    expect(noop).toMatchObject({ figure: "89.7% (1374 vs 1531 req/s)", met: false });
    const ingest = target(results({ noop: 1, bareNoop: 1, webhook: 849.6, insert: 1000 }), "Ingestion c=16: ≥ 85%");
    expect(ingest).toMatchObject({ figure: "84.9% (850 vs 1000 req/s)", met: false });
  });

  it("a bound reached exactly is met and shown as the bound", () => {
    const noop = target(results({ noop: 1800, bareNoop: 2000, webhook: 1000, insert: 1000 }), "The app's do-nothing");
    expect(noop).toMatchObject({ figure: "90.0% (1800 vs 2000 req/s)", met: true });
    const p99 = target(results({ noop: 1, bareNoop: 1, webhook: 1, insert: 1, p99: 30 }), "Ingestion c=16: p99");
    expect(p99).toMatchObject({ figure: "1.50× (30 ms vs 20 ms)", met: true });
  });

  it("a latency multiple a hair over its bound reads over it", () => {
    const p99 = target(results({ noop: 1, bareNoop: 1, webhook: 1, insert: 1, p99: 30.05 }), "Ingestion c=16: p99");
    expect(p99).toMatchObject({ figure: "1.51× (30 ms vs 20 ms)", met: false });
    expect(times(1.1)).toBe("1.10×");
    expect(percent(0.57)).toBe("57.0%");
    expect(percent(1.05)).toBe("105.0%");
  });
});
