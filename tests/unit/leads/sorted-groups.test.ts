// How a stage or status sort splits its groups (lib/leads/sorted-groups.ts):
// a group is walked on its own only when the sample finds its matches dense
// among the leads its walk reads, on enough sample pages; the others between
// them are read together.
import { describe, expect, it } from "vitest";
import { DENSE_PAGES, groupRuns, WALK_DENSITY } from "@/lib/leads/sorted-groups";
import type { SampledGroup } from "@/lib/leads/table-sample";

const group = (leads: number, hits: number, pages: number): SampledGroup => ({ leads, hits, pages });
const values = ["A", "B", "C", "D", "E"];

describe("the groups of a stage or status sort", () => {
  it("walks dense groups alone and reads the sparse ones between them together", () => {
    const groups = new Map([
      ["B", group(1_000, 400, 40)],
      ["D", group(1_000, 1_000 * WALK_DENSITY, DENSE_PAGES)],
      ["E", group(1_000, 3, 3)],
    ]);
    expect(groupRuns(values, groups)).toEqual([
      { values: ["A"], dense: false },
      { values: ["B"], dense: true },
      { values: ["C"], dense: false },
      { values: ["D"], dense: true },
      { values: ["E"], dense: false },
    ]);
  });

  it("takes a group for sparse when its matches are too few a share, or on too few sample pages", () => {
    const groups = new Map([
      ["A", group(10_000, 1_000 * WALK_DENSITY - 1, 30)],
      ["B", group(1_000, 900, DENSE_PAGES - 1)],
      ["C", group(1_000, 900, DENSE_PAGES)],
    ]);
    expect(groupRuns(values, groups)).toEqual([
      { values: ["A", "B"], dense: false },
      { values: ["C"], dense: true },
      { values: ["D", "E"], dense: false },
    ]);
  });
});
