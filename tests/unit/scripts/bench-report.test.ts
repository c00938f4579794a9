// The bench report judges each figure by the bound for the size it ran at: ten million
// leads have their own bounds for seeding, cold filters, the lead page and the overview.
import { describe, expect, it } from "vitest";
import { checkTargets } from "@/scripts/bench/report";
import type { BenchResults } from "@/scripts/bench/run";

const page = (name: string, p95: number, p50 = p95) => ({
  name,
  path: "/",
  p50,
  p95,
  max: p95,
  first: p95,
  bytes: 1,
  samples: 1,
});

function results(leads: number, figures: { seedMs: number; coldP50s: number[]; leadPage: number; overview: number }) {
  return {
    options: { db: "postgres" },
    ingestion: [],
    ingestCheck: null,
    prepared: {
      leadCount: leads,
      seed: {
        leads,
        duplicates: 0,
        tests: 0,
        owned: 0,
        ms: figures.seedMs,
        indexMs: 0,
        analyzeMs: 0,
        totalMs: figures.seedMs,
      },
    },
    cold: { views: figures.coldP50s.map((p, i) => page(`view ${i}`, p)), defaultList: page("default", 10) },
    list: [],
    detail: [page("lead page", figures.leadPage), page("overview", figures.overview), page("do-nothing page", 5)],
    browser: null,
    export: null,
  } as unknown as BenchResults;
}

const verdicts = (r: BenchResults) => Object.fromEntries(checkTargets(r).map((c) => [c.target, c.met]));

describe("bench targets by size", () => {
  it("holds ten million leads to the 10M bounds", () => {
    const figures = { seedMs: 19 * 60_000, coldP50s: Array(20).fill(250), leadPage: 120, overview: 250 };
    expect(verdicts(results(10_000_000, figures))).toEqual({
      "Cold filters at 10M (20 never-seen): p95 < 300 ms": true,
      "lead page p95 < 100 ms at 10M": false,
      "overview p95 < 300 ms at 10M": true,
      "Seeding 10M leads < 20 minutes": true,
    });
    const slower = { seedMs: 21 * 60_000, coldP50s: Array(20).fill(310), leadPage: 90, overview: 320 };
    expect(verdicts(results(10_000_000, slower))).toEqual({
      "Cold filters at 10M (20 never-seen): p95 < 300 ms": false,
      "lead page p95 < 100 ms at 10M": true,
      "overview p95 < 300 ms at 10M": false,
      "Seeding 10M leads < 20 minutes": false,
    });
  });

  it("holds a million leads to the 1M bounds", () => {
    const figures = { seedMs: 170_000, coldP50s: Array(20).fill(140), leadPage: 120, overview: 250 };
    expect(verdicts(results(1_000_000, figures))).toEqual({
      "Cold filters (20 never-seen): p95 < 150 ms, max < 400 ms": true,
      "lead page p95 < 150 ms": true,
      "overview p95 < 150 ms": false,
      "Seeding 1M leads < 3 minutes": true,
    });
  });
});
