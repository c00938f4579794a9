import { describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/http/rate-limiter";

describe("rate limiter", () => {
  it("allows `limit` hits per window per key, then refuses until the window passes", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000 });
    const t = 5_000;
    expect([1, 2, 3].map(() => limiter.hit("a", t))).toEqual([true, true, true]);
    expect(limiter.hit("a", t + 10)).toBe(false);
    expect(limiter.isLimited("a", t + 10)).toBe(true);
    expect(limiter.hit("b", t + 10)).toBe(true);
    expect(limiter.isLimited("a", t + 1000)).toBe(false);
    expect(limiter.hit("a", t + 1000)).toBe(true);
  });
});
