// When to try a failed delivery again. Whether an answer is worth retrying is
// the adapters' call (classifyHttpStatus/classifyError in judge-exchange.ts).
// The marketplace never resends a lead, so a CRM outage must be ridden out:
// retries spread over about two days, then the delivery is dead (and shown
// to an admin for a manual replay).

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Wait before retry n (index 0 = after the first attempt failed). */
export const retrySchedule = [
  10 * SECOND,
  MINUTE,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  6 * HOUR,
  12 * HOUR,
  24 * HOUR,
] as const;

/** The first attempt plus one per scheduled retry. */
export const maxAttempts = retrySchedule.length + 1;

/** ±20 %: spreads a burst of failures so they do not all come back at once. */
const JITTER = 0.2;
/** A server may ask us to wait, but not forever. */
const MAX_RETRY_AFTER = 24 * HOUR;

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * SECOND;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

/**
 * When to make the next attempt after attempt `attemptNumber` (1-based)
 * failed retryably, or null when that was the last one (→ dead).
 * A usable Retry-After wins over the schedule (the server knows its limits),
 * capped at a day; otherwise the schedule with jitter.
 */
export function nextAttemptAt(
  attemptNumber: number,
  now: Date,
  retryAfterHeader?: string | null,
  random: () => number = Math.random,
): Date | null {
  if (attemptNumber >= maxAttempts) return null;
  const scheduled = retrySchedule[Math.max(0, attemptNumber - 1)]!;
  const asked = parseRetryAfter(retryAfterHeader, now);
  const delay =
    asked !== null
      ? Math.min(Math.max(asked, SECOND), MAX_RETRY_AFTER)
      : Math.round(scheduled * (1 + JITTER * (2 * random() - 1)));
  return new Date(now.getTime() + delay);
}

export type DeliveryDecision =
  | { state: "DELIVERED" }
  | { state: "RETRY"; nextAttemptAt: Date }
  | { state: "DEAD"; reason: "permanent" | "exhausted" };

/** What the delivery worker does after an attempt, from the adapter's outcome. */
export function decideAfterAttempt(
  outcome: { ok: boolean; retryable: boolean; retryAfter?: string | null },
  attemptNumber: number,
  now: Date,
  random: () => number = Math.random,
): DeliveryDecision {
  if (outcome.ok) return { state: "DELIVERED" };
  if (!outcome.retryable) return { state: "DEAD", reason: "permanent" };
  const next = nextAttemptAt(attemptNumber, now, outcome.retryAfter, random);
  return next ? { state: "RETRY", nextAttemptAt: next } : { state: "DEAD", reason: "exhausted" };
}
