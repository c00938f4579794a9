// Slows down repeated failed sign-ins: after a few failures for the same
// e-mail or the same client address, each further attempt waits longer (up to
// 10 s) before it is even checked. In memory, per process: it blunts online
// guessing without locking real users out.
const windowMs = 15 * 60_000;
const freeFailures = 3;
const maxDelayMs = 10_000;

interface Entry {
  failures: number;
  first: number;
}
const failures = new Map<string, Entry>();

function entry(key: string, now: number): Entry | undefined {
  const e = failures.get(key);
  if (e && now - e.first > windowMs) {
    failures.delete(key);
    return undefined;
  }
  return e;
}

/** How long to wait before checking this attempt. */
export function loginDelayMs(keys: string[], now = Date.now()): number {
  const worst = Math.max(0, ...keys.map((k) => entry(k, now)?.failures ?? 0));
  if (worst < freeFailures) return 0;
  return Math.min(maxDelayMs, 500 * 2 ** (worst - freeFailures));
}

export function recordLoginFailure(keys: string[], now = Date.now()): void {
  for (const key of keys) {
    const e = entry(key, now) ?? { failures: 0, first: now };
    e.failures += 1;
    failures.set(key, e);
  }
  if (failures.size > 10_000) {
    for (const [key, e] of failures) if (now - e.first > windowMs) failures.delete(key);
  }
}

export function clearLoginFailures(keys: string[]): void {
  for (const key of keys) failures.delete(key);
}
