// Refuses sign-ins for a while after repeated failures: a few failures for the
// same e-mail (or many more from the same client address) lock that key, for
// 15 s at first, doubling with each further failure, up to 15 minutes. While
// locked, attempts are refused without checking the password, so parallel
// guessing gains nothing, and even the right password waits. Keys are
// independent: locking one e-mail leaves other accounts alone, and nothing is
// locked for longer than the cap. In memory, per process.
const windowMs = 15 * 60_000;
const baseLockMs = 15_000;
const maxLockMs = 15 * 60_000;
/** Failures allowed before a key locks: per account, and per address (shared by an office). */
const freeFailures = { email: 5, ip: 30 } as const;

export type LoginKey = `email:${string}` | `ip:${string}`;

interface Entry {
  failures: number;
  first: number;
  last: number;
}
const failures = new Map<string, Entry>();

function entry(key: string, now: number): Entry | undefined {
  const e = failures.get(key);
  if (e && now - e.last > Math.max(windowMs, lockMs(key, e))) {
    failures.delete(key);
    return undefined;
  }
  return e;
}

function lockMs(key: string, e: Entry): number {
  const free = key.startsWith("ip:") ? freeFailures.ip : freeFailures.email;
  if (e.failures < free) return 0;
  return Math.min(maxLockMs, baseLockMs * 2 ** (e.failures - free));
}

/** How long this attempt must still wait (ms); 0 when it may be checked now. */
export function loginLockedForMs(keys: LoginKey[], now = Date.now()): number {
  let wait = 0;
  for (const key of keys) {
    const e = entry(key, now);
    if (e) wait = Math.max(wait, e.last + lockMs(key, e) - now);
  }
  return Math.max(0, wait);
}

export function recordLoginFailure(keys: LoginKey[], now = Date.now()): void {
  for (const key of keys) {
    const e = entry(key, now) ?? { failures: 0, first: now, last: now };
    e.failures += 1;
    e.last = now;
    failures.set(key, e);
  }
  if (failures.size > 10_000) {
    for (const key of failures.keys()) entry(key, now);
  }
}

export function clearLoginFailures(keys: LoginKey[]): void {
  for (const key of keys) failures.delete(key);
}

/** The error code next-auth hands the sign-in form for a locked attempt. */
export const loginThrottledError = "TooManyAttempts";
