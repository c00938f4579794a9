// Which sampled match bounds the window of a page sorted by arrival
// (lib/leads/arrival-window.ts): three pages of matches along at the sample's
// scale, and never the first sampled match, which at ten million leads (one
// sampled lead standing for 333) falls within the first page one time in seven.
import { describe, expect, it } from "vitest";
import { windowHit } from "@/lib/leads/arrival-window";

describe("the sampled match that bounds an arrival window", () => {
  it("lies three pages of matches along at the sample's scale", () => {
    expect(windowHit(0, 50, 33)).toBe(5); // a million leads: 150 matches over 33
    expect(windowHit(50, 50, 33)).toBe(10); // page 2
    expect(windowHit(0, 25, 2)).toBe(38);
  });

  it("is at least the second sampled match", () => {
    expect(windowHit(0, 50, 333)).toBe(2);
    expect(windowHit(0, 50, 1_000)).toBe(2);
    expect(windowHit(450, 50, 333)).toBe(5);
  });
});
