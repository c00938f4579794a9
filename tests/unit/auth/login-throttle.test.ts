import { describe, expect, it } from "vitest";
import { clearLoginFailures, loginDelayMs, recordLoginFailure } from "@/lib/auth/login-throttle";

describe("login throttle", () => {
  it("lets the first failures through, then doubles the wait up to 10 s", () => {
    const keys = ["email:throttle@example.com", "ip:203.0.113.9"];
    const now = 1_000_000;
    expect(loginDelayMs(keys, now)).toBe(0);
    for (let i = 0; i < 3; i++) recordLoginFailure(keys, now);
    expect(loginDelayMs(keys, now)).toBe(500);
    recordLoginFailure(keys, now);
    expect(loginDelayMs(keys, now)).toBe(1000);
    for (let i = 0; i < 10; i++) recordLoginFailure(keys, now);
    expect(loginDelayMs(keys, now)).toBe(10_000);
    // Another e-mail from the same address is slowed too.
    expect(loginDelayMs(["email:other@example.com", "ip:203.0.113.9"], now)).toBe(10_000);
    // The window expires.
    expect(loginDelayMs(keys, now + 16 * 60_000)).toBe(0);
  });

  it("forgets failures after a successful sign-in", () => {
    const keys = ["email:ok@example.com", "ip:203.0.113.10"];
    for (let i = 0; i < 5; i++) recordLoginFailure(keys);
    expect(loginDelayMs(keys)).toBeGreaterThan(0);
    clearLoginFailures(keys);
    expect(loginDelayMs(keys)).toBe(0);
  });
});
