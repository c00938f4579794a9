// Where a text search sorted by name or company bounds its walk
// (lib/leads/bounded-walk.ts): three times as far as an even walk goes to fill
// the page, as the sample's share of matches says; never when that is far, and
// never when the sample sees none of the matches it should see before it.
import { describe, expect, it } from "vitest";
import { walkBound, WALK_BOUND_ROWS, type SortKeySample } from "@/lib/leads/bounded-walk";
import { Prisma } from "@/lib/generated/prisma/client";

/** A sample of 1,000 leads standing for `scale` times as many; the first 100 keys in order, k0…k99. */
const sampled = (scale: number, hits: number, firstHits: (i: number) => boolean): SortKeySample => ({
  sample: { sql: Prisma.empty, scale },
  leads: 1_000,
  hits,
  start: "k0",
  pages: 100,
  firsts: Array.from({ length: 100 }, (_, i) => [`k${i}`, `id${i}`]),
  firstHits: Array.from({ length: 100 }, (_, i) => firstHits(i)),
});

describe("the bound of a walk along a name or company sort", () => {
  it("lies three times as far as an even walk fills the page", () => {
    // 10% match: 500 leads fill a page of 50; three times that is 1,500 leads, the 15th sampled key at 100 each.
    expect(
      walkBound(
        sampled(100, 100, (i) => i % 10 === 0),
        0,
        50,
      ),
    ).toEqual(["k14", "id14"]);
    // The third page: three times as far again.
    expect(
      walkBound(
        sampled(100, 100, (i) => i % 10 === 0),
        100,
        50,
      ),
    ).toEqual(["k44", "id44"]);
  });

  it("is not set when the walk would go far, or nothing in the sample matches", () => {
    const rare = (WALK_BOUND_ROWS * 1.1) / (3 * 50);
    expect(
      walkBound(
        sampled(1, 1_000 / rare, () => false),
        0,
        50,
      ),
    ).toBeUndefined();
    expect(
      walkBound(
        sampled(100, 0, () => false),
        0,
        50,
      ),
    ).toBeUndefined();
  });

  it("is not set when the sample should see several matches before it and sees none", () => {
    // 30% match: the bound is the 5th key, with 1.5 matches expected before it at this scale…
    expect(
      walkBound(
        sampled(100, 300, () => false),
        0,
        50,
      ),
    ).toEqual(["k4", "id4"]);
    // …but 15 at a scale of 10 (the 50th key): seeing none, they sit further along.
    expect(
      walkBound(
        sampled(10, 300, () => false),
        0,
        50,
      ),
    ).toBeUndefined();
    expect(
      walkBound(
        sampled(10, 300, (i) => i === 40),
        0,
        50,
      ),
    ).toEqual(["k49", "id49"]);
  });
});
