// Numbers that are costly to count at scale and shown to many (a filter's
// facet counts, the overview) are counted once per process and shared: fresh
// for `freshMs`; after that, for up to `staleMs`, the last numbers are served
// at once while one recount runs in the background, so a viewer never waits
// for a recount of numbers already shown. At most one count runs per key,
// however slow.
export interface RecountCacheOptions {
  freshMs: number;
  staleMs: number;
  maxEntries: number;
}

interface Entry<T> {
  /** The last finished numbers, once there are any. */
  done?: T;
  /** When those numbers were asked for (ms). */
  doneAt: number;
  /** The cache's generation when they were asked for: older ones are stale. */
  doneIn: number;
  /** A count in progress. */
  running?: Promise<T>;
  /** How to count them again. */
  count: (now: Date) => Promise<T>;
}

export interface RecountCache<T> {
  /** The numbers for `key`: cached, served stale while recounting, or counted now (`count`) and awaited. */
  get(key: string, count: (now: Date) => Promise<T>, now: Date): Promise<T>;
  /** The last finished numbers for `key` if they may still be served; never starts a count. */
  recent(key: string, now: Date): T | undefined;
  /** Drops everything: the next request counts and waits. */
  forget(): void;
  /**
   * After a change: every entry is recounted now, in the background, and
   * served as it was until its recount is done.
   */
  refresh(): void;
}

export function recountCache<T>({ freshMs, staleMs, maxEntries }: RecountCacheOptions): RecountCache<T> {
  const cache = new Map<string, Entry<T>>();
  let generation = 0;

  function recount(key: string, entry: Entry<T>, now: Date): Promise<T> {
    const running = entry.count(now);
    const startedIn = generation;
    running.then(
      (value) => {
        entry.done = value;
        entry.doneAt = now.getTime();
        entry.doneIn = startedIn;
        entry.running = undefined;
      },
      // A failed count is not kept; earlier numbers stay until they are too old.
      () => {
        entry.running = undefined;
        if (!entry.done && cache.get(key) === entry) cache.delete(key);
      },
    );
    return running;
  }

  return {
    get(key, count, now) {
      let entry = cache.get(key);
      const age = entry?.done ? now.getTime() - entry.doneAt : Infinity;
      if (entry?.done && age < freshMs && entry.doneIn === generation) return Promise.resolve(entry.done);
      if (!entry) {
        if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
        entry = { doneAt: 0, doneIn: generation, count };
        cache.set(key, entry);
      }
      entry.running ??= recount(key, entry, now);
      return entry.done && age < staleMs ? Promise.resolve(entry.done) : entry.running;
    },
    recent(key, now) {
      const entry = cache.get(key);
      return entry?.done && now.getTime() - entry.doneAt < staleMs ? entry.done : undefined;
    },
    forget() {
      cache.clear();
    },
    refresh() {
      generation += 1;
      const now = new Date();
      // A count already running may have read the leads before the change: its numbers come out stale.
      for (const [key, entry] of cache) entry.running ??= recount(key, entry, now);
    },
  };
}
