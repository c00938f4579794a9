import { describe, expect, it } from "vitest";
import { clearLoginFailures, loginLockedForMs, recordLoginFailure, type LoginKey } from "@/lib/auth/login-throttle";

describe("login throttle", () => {
  it("locks an account after five failures, for 15 s doubling per further failure, capped at 15 minutes", () => {
    const keys: LoginKey[] = ["email:throttle@example.com", "ip:203.0.113.9"];
    const now = 1_000_000;
    for (let i = 0; i < 4; i++) recordLoginFailure(keys, now);
    expect(loginLockedForMs(keys, now)).toBe(0);
    recordLoginFailure(keys, now);
    expect(loginLockedForMs(keys, now)).toBe(15_000);
    expect(loginLockedForMs(keys, now + 10_000)).toBe(5_000);
    expect(loginLockedForMs(keys, now + 15_000)).toBe(0);
    recordLoginFailure(keys, now + 15_000);
    expect(loginLockedForMs(keys, now + 15_000)).toBe(30_000);
    for (let i = 0; i < 20; i++) recordLoginFailure(keys, now + 15_000);
    expect(loginLockedForMs(keys, now + 15_000)).toBe(15 * 60_000);
    // Never forever: the lock and the count end.
    expect(loginLockedForMs(keys, now + 15_000 + 15 * 60_000)).toBe(0);
    expect(loginLockedForMs(keys, now + 15_000 + 16 * 60_000)).toBe(0);
  });

  it("locks only the account: another e-mail from the same address may still try", () => {
    const now = 2_000_000;
    for (let i = 0; i < 5; i++) recordLoginFailure(["email:victim@example.com", "ip:203.0.113.20"], now);
    expect(loginLockedForMs(["email:victim@example.com", "ip:198.51.100.7"], now)).toBeGreaterThan(0);
    expect(loginLockedForMs(["email:colleague@example.com", "ip:203.0.113.20"], now)).toBe(0);
  });

  it("locks an address that sprays many accounts", () => {
    const now = 3_000_000;
    for (let i = 0; i < 30; i++) recordLoginFailure([`email:spray${i}@example.com`, "ip:203.0.113.30"], now);
    expect(loginLockedForMs(["email:fresh@example.com", "ip:203.0.113.30"], now)).toBe(15_000);
    expect(loginLockedForMs(["email:fresh@example.com", "ip:203.0.113.31"], now)).toBe(0);
  });

  it("forgets an account's failures after a successful sign-in", () => {
    const keys: LoginKey[] = ["email:ok@example.com", "ip:203.0.113.10"];
    for (let i = 0; i < 5; i++) recordLoginFailure(keys);
    expect(loginLockedForMs(keys)).toBeGreaterThan(0);
    clearLoginFailures(["email:ok@example.com"]);
    expect(loginLockedForMs(keys)).toBe(0);
  });
});
