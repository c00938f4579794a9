// The shared cache behind the list's facet counts and the overview: when a
// viewer waits for a count, when they are served the last numbers, and what
// a change does.
import { describe, expect, it, vi } from "vitest";
import { recountCache } from "@/lib/leads/recount-cache";

const t0 = Date.now();
const at = (seconds: number) => new Date(t0 + seconds * 1000);

/** A count that returns how many times it ran, and can be held open. */
function counter() {
  let runs = 0;
  let hold: Promise<void> | undefined;
  let release = () => {};
  return {
    count: async () => {
      runs += 1;
      const mine = runs;
      if (hold) await hold;
      return mine;
    },
    holdNext() {
      hold = new Promise((resolve) => (release = resolve));
    },
    release: () => {
      release();
      hold = undefined;
    },
    runs: () => runs,
  };
}

const options = { freshMs: 10_000, staleMs: 120_000, maxEntries: 2 };

describe("recount cache", () => {
  it("counts once for a fresh key, serves the last numbers while stale and recounting, and waits when too old", async () => {
    const cache = recountCache<number>(options);
    const c = counter();
    expect(await cache.get("k", c.count, at(0))).toBe(1);
    expect(await cache.get("k", c.count, at(9))).toBe(1);
    expect(c.runs()).toBe(1);
    // Stale: the last numbers at once, and one recount behind them.
    c.holdNext();
    expect(await cache.get("k", c.count, at(11))).toBe(1);
    expect(await cache.get("k", c.count, at(11))).toBe(1);
    expect(c.runs()).toBe(2);
    c.release();
    await vi.waitFor(() => expect(cache.recent("k", at(12))).toBe(2));
    expect(await cache.get("k", c.count, at(12))).toBe(2);
    // Too old to show: counted again and awaited.
    expect(await cache.get("k", c.count, at(500))).toBe(3);
  });

  it("runs at most one count per key, however many ask", async () => {
    const cache = recountCache<number>(options);
    const c = counter();
    c.holdNext();
    const asks = [cache.get("k", c.count, at(0)), cache.get("k", c.count, at(0)), cache.get("k", c.count, at(1))];
    c.release();
    expect(await Promise.all(asks)).toEqual([1, 1, 1]);
    expect(c.runs()).toBe(1);
  });

  it("recounts every key at once after a change, and serves the last numbers until that is done", async () => {
    const cache = recountCache<number>(options);
    const c = counter();
    expect(await cache.get("k", c.count, at(0))).toBe(1);
    c.holdNext();
    cache.refresh();
    expect(c.runs()).toBe(2);
    // Still fresh by age, but from before the change: served while the recount runs.
    expect(await cache.get("k", c.count, at(1))).toBe(1);
    c.release();
    await vi.waitFor(() => expect(cache.recent("k", at(1))).toBe(2));
    // The recount's numbers are fresh: no further count.
    expect(await cache.get("k", c.count, at(2))).toBe(2);
    expect(c.runs()).toBe(2);
  });

  it("keeps no failed count, and forgets everything on request", async () => {
    const cache = recountCache<number>(options);
    const failing = vi.fn(async () => {
      throw new Error("database down");
    });
    await expect(cache.get("k", failing, at(0))).rejects.toThrow("database down");
    expect(cache.recent("k", at(0))).toBeUndefined();
    const c = counter();
    expect(await cache.get("k", c.count, at(1))).toBe(1);
    cache.forget();
    expect(cache.recent("k", at(1))).toBeUndefined();
    expect(await cache.get("k", c.count, at(1))).toBe(2);
  });

  it("holds at most maxEntries keys, dropping the oldest", async () => {
    const cache = recountCache<number>(options);
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => 1, at(0));
    expect(cache.recent("a", at(0))).toBeUndefined();
    expect(cache.recent("c", at(0))).toBe(1);
  });
});
