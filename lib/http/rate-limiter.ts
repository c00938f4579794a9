// A fixed-window counter per key, in memory: enough to blunt guessing from
// one address on one instance without a shared store.
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const windows = new Map<string, { count: number; start: number }>();
  return {
    /** Counts one event for key; false once the key is over its limit in this window. */
    hit(key: string, now = Date.now()): boolean {
      let w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        w = { count: 0, start: now };
        windows.set(key, w);
      }
      w.count += 1;
      if (windows.size > 50_000) {
        for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k);
      }
      return w.count <= limit;
    },
    isLimited(key: string, now = Date.now()): boolean {
      const w = windows.get(key);
      return !!w && now - w.start < windowMs && w.count > limit;
    },
  };
}
