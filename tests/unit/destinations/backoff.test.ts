import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideAfterAttempt, maxAttempts, nextAttemptAt, parseRetryAfter, retrySchedule } from "@/lib/delivery/backoff";
import { classifyError, classifyHttpStatus } from "@/lib/destinations/judge-exchange";
import { OutboundBlockedError } from "@/lib/security/ssrf-guard";

const now = new Date("2026-11-22T12:00:00Z");
const seconds = (d: Date | null) => (d!.getTime() - now.getTime()) / 1000;
const mid = () => 0.5; // no jitter

describe("retry schedule", () => {
  it("is 10 s, 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h — about two days in all", () => {
    expect(retrySchedule.map((ms) => ms / 1000)).toEqual([10, 60, 300, 1800, 7200, 21600, 43200, 86400]);
    const totalHours = retrySchedule.reduce((a, b) => a + b, 0) / 3_600_000;
    expect(totalHours).toBeGreaterThan(40);
    expect(totalHours).toBeLessThan(50);
    expect(maxAttempts).toBe(9);
  });

  it("waits the scheduled time after each attempt and gives up after the last", () => {
    const waits = Array.from({ length: maxAttempts }, (_, i) => nextAttemptAt(i + 1, now, null, mid));
    expect(waits.slice(0, -1).map(seconds)).toEqual([10, 60, 300, 1800, 7200, 21600, 43200, 86400]);
    expect(waits.at(-1)).toBeNull();
  });

  it("jitters by at most ±20 %", () => {
    expect(seconds(nextAttemptAt(2, now, null, () => 0))).toBe(48);
    expect(seconds(nextAttemptAt(2, now, null, () => 0.999999))).toBeCloseTo(72, 0);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: maxAttempts - 1 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const wait = seconds(nextAttemptAt(n, now, undefined, () => r)) * 1000;
          const base = retrySchedule[n - 1]!;
          return wait >= base * 0.8 - 1 && wait <= base * 1.2 + 1;
        },
      ),
    );
  });
});

describe("Retry-After", () => {
  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Sun, 22 Nov 2026 12:05:00 GMT", now)).toBe(300_000);
    expect(parseRetryAfter("Sun, 22 Nov 2026 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it("replaces the schedule, within 1 s … 24 h", () => {
    expect(seconds(nextAttemptAt(1, now, "120", mid))).toBe(120);
    expect(seconds(nextAttemptAt(5, now, "30", mid))).toBe(30);
    expect(seconds(nextAttemptAt(1, now, "Sun, 22 Nov 2026 13:00:00 GMT", mid))).toBe(3600);
    expect(seconds(nextAttemptAt(1, now, "0", mid))).toBe(1);
    expect(seconds(nextAttemptAt(1, now, String(7 * 86400), mid))).toBe(86400);
    expect(seconds(nextAttemptAt(1, now, "garbage", mid))).toBe(10);
    expect(nextAttemptAt(maxAttempts, now, "5")).toBeNull();
  });
});

describe("classifier", () => {
  it("sorts HTTP statuses", () => {
    expect([200, 201, 202, 204].map(classifyHttpStatus)).toEqual(["success", "success", "success", "success"]);
    expect([408, 429, 500, 502, 503, 504].map(classifyHttpStatus)).toEqual(Array(6).fill("retry"));
    expect([400, 401, 403, 404, 409, 410, 422, 301, 302].map(classifyHttpStatus)).toEqual(Array(9).fill("permanent"));
  });

  it("retries network errors and timeouts, not blocked requests", () => {
    expect(classifyError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe("retry");
    expect(classifyError(new DOMException("The operation was aborted due to timeout", "TimeoutError"))).toBe("retry");
    expect(classifyError(new OutboundBlockedError("blocked"))).toBe("permanent");
  });

  it("decides what the worker does next", () => {
    expect(decideAfterAttempt({ ok: true, retryable: false }, 1, now)).toEqual({ state: "DELIVERED" });
    expect(decideAfterAttempt({ ok: false, retryable: false }, 1, now)).toEqual({ state: "DEAD", reason: "permanent" });
    expect(decideAfterAttempt({ ok: false, retryable: true, retryAfter: "42" }, 3, now)).toEqual({
      state: "RETRY",
      nextAttemptAt: new Date(now.getTime() + 42_000),
    });
    expect(decideAfterAttempt({ ok: false, retryable: true }, maxAttempts, now)).toEqual({
      state: "DEAD",
      reason: "exhausted",
    });
  });
});
