// Where a text search sorted by name or company bounds its walk
// (lib/leads/bounded-walk.ts): past the sample's first match, three times as
// far as an even walk goes to fill the page, as the sample's share of matches
// (or the share after the first, where it is higher) says, and at least five
// sampled keys; never when that is far, and never when the sample sees none
// of the further matches it should see before it.
import { describe, expect, it } from "vitest";
import { walkBound, WALK_BOUND_ROWS, type SortKeyRun, type SortKeySample } from "@/lib/leads/bounded-walk";
import { Prisma } from "@/lib/generated/prisma/client";

/** A sample of 1,000 leads standing for `scale` times as many; the first 100 keys in order, k0…k99. */
const sampled = (scale: number, hits: number, firstHits: (i: number) => boolean): SortKeySample & SortKeyRun => ({
  sample: { from: Prisma.empty, page: Prisma.empty, scale },
  leads: 1_000,
  hits,
  start: "k0",
  pages: 100,
  firsts: Array.from({ length: 100 }, (_, i) => [`k${i}`, `id${i}`]),
  firstHits: Array.from({ length: 100 }, (_, i) => firstHits(i)),
});

/** The bound for a page of `size` from `offset`, over that sample. */
const boundOf = (scale: number, hits: number, firstHits: (i: number) => boolean, offset: number, size: number) =>
  walkBound(sampled(scale, hits, firstHits), offset, size);

describe("the bound of a walk along a name or company sort", () => {
  it("lies three times as far as an even walk fills the page", () => {
    // 10% match: 500 leads fill a page of 50; three times that is 1,500 leads, the 15th sampled key at 100 each.
    expect(boundOf(100, 100, (i) => i % 10 === 0, 0, 50)).toEqual(["k14", "id14"]);
    // The third page: three times as far again.
    expect(boundOf(100, 100, (i) => i % 10 === 0, 100, 50)).toEqual(["k44", "id44"]);
  });

  it("is not set when the walk would go far, or nothing in the sample matches", () => {
    const rare = (WALK_BOUND_ROWS * 1.1) / (3 * 50);
    expect(boundOf(1, 1_000 / rare, (i) => i === 0, 0, 50)).toBeUndefined();
    expect(boundOf(100, 0, () => false, 0, 50)).toBeUndefined();
  });

  it("is not set when the walk would pass more than ten leads for each match, where reading them costs less", () => {
    // 5 sampled matches in 1,000, 8 leads a sampled one: a page of 1 lies 600 leads away, 75 keys, past 10 a match.
    expect(boundOf(8, 5, (i) => i === 0, 0, 1)).toBeUndefined();
    // 8 matches: 375 leads, 47 keys, within 80.
    expect(boundOf(8, 8, (i) => i === 0, 0, 1)).toEqual(["k46", "id46"]);
  });

  it("passes the leads before the sample's first match, then goes as far as an even walk", () => {
    // 10% match from the 41st key on: the bound is 15 keys past it.
    expect(boundOf(100, 100, (i) => i >= 40 && i % 10 === 0, 0, 50)).toEqual(["k54", "id54"]);
  });

  it("goes at least five sampled keys from the first match, where one key stands for more than an even walk", () => {
    // Every sampled lead matches: a page of 50 three times over is 150 leads, under one key at 333 leads each. The
    // first match's own key may lie a few leads along, so the bound is the fifth key from it (~1,700 leads).
    expect(boundOf(333, 1_000, () => true, 0, 50)).toEqual(["k4", "id4"]);
    expect(boundOf(333, 100, (i) => i >= 40, 0, 50)).toEqual(["k44", "id44"]);
  });

  it("goes as far as the matches after the first say, where they are closer together than in the whole sample", () => {
    // 20 matches in 1,000 sampled leads, one in 50; but from the first on, every fifth key: a page of 50 three
    // times over is 150 matches, 781 leads at 5.2 a match (99 keys, 19 matches), the 8th key at 100 each.
    expect(boundOf(100, 20, (i) => i % 5 === 0, 0, 50)).toEqual(["k7", "id7"]);
    // Two more matches are too few to tell: the whole sample's share, 7,500 leads, the 75th key.
    expect(boundOf(100, 20, (i) => i === 0 || i === 5 || i === 10, 0, 50)).toEqual(["k74", "id74"]);
  });

  it("is not set when the sample should see several more matches after the first and sees none", () => {
    // 30% match: at a scale of 10 the bound is the 50th key, with ~15 more matches expected before it…
    expect(boundOf(10, 300, (i) => i === 0, 0, 50)).toBeUndefined();
    expect(boundOf(10, 300, (i) => i === 0 || i === 40, 0, 50)).toEqual(["k49", "id49"]);
    // …but 1.2 at a scale of 100 (the 5th key): too few to tell.
    expect(boundOf(100, 300, (i) => i === 0, 0, 50)).toEqual(["k4", "id4"]);
  });
});
