// The sign-in throttle, counted in the database (both databases): the lock
// arithmetic, and that concurrent attempts cannot get more passwords checked
// than the free allowance (every attempt is counted before its check, atomically).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { beginLoginAttempt, loginSucceeded, type LoginKey } from "@/lib/auth/login-throttle";

const email = (): LoginKey => `email:${randomUUID()}@example.com`;
const ip = (): LoginKey => `ip:198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
const attempts = (keys: LoginKey[], n: number, now: number) =>
  Promise.all(Array.from({ length: n }, () => beginLoginAttempt(keys, now)));
const allowed = (answers: boolean[]) => answers.filter(Boolean).length;

describe("login throttle", () => {
  it("allows five attempts per account, then locks for 15 s doubling per further failure, capped at 15 minutes", async () => {
    const keys = [email(), ip()];
    const now = 1_000_000_000;
    for (let i = 0; i < 5; i++) expect(await beginLoginAttempt(keys, now)).toBe(true);
    expect(await beginLoginAttempt(keys, now)).toBe(false);
    expect(await beginLoginAttempt(keys, now + 14_999)).toBe(false);
    expect(await beginLoginAttempt(keys, now + 15_000)).toBe(true); // one more try after the lock…
    expect(await beginLoginAttempt(keys, now + 15_000 + 29_999)).toBe(false); // …which locks for 30 s
    let t = now + 45_000;
    for (let i = 0; i < 12; i++) {
      expect(await beginLoginAttempt(keys, t)).toBe(true);
      t += 15 * 60_000;
    }
    expect(await beginLoginAttempt(keys, t - 15 * 60_000 + 1)).toBe(false); // locked after the last…
    expect(await beginLoginAttempt(keys, t)).toBe(true); // …for 15 minutes at most, whatever the count
  });

  it("locks only the account: another e-mail from the same address may still try", async () => {
    const shared = ip();
    const victim = email();
    const now = 2_000_000_000;
    expect(allowed(await attempts([victim, shared], 6, now))).toBe(5);
    expect(await beginLoginAttempt([victim, ip()], now)).toBe(false);
    expect(await beginLoginAttempt([email(), shared], now)).toBe(true);
  });

  it("locks an address that sprays many accounts, without counting against the sprayed accounts once locked", async () => {
    const sprayer = ip();
    const now = 3_000_000_000;
    for (let i = 0; i < 30; i++) expect(await beginLoginAttempt([email(), sprayer], now)).toBe(true);
    const fresh = email();
    expect(await beginLoginAttempt([fresh, sprayer], now)).toBe(false);
    // The refused attempt counted nothing on the account it aimed at.
    for (let i = 0; i < 5; i++) expect(await beginLoginAttempt([fresh, ip()], now)).toBe(true);
  });

  it("forgets an account's count after a right password, and gives the address its attempt back", async () => {
    const account = email();
    const address = ip();
    const now = Date.now();
    for (let i = 0; i < 4; i++) await beginLoginAttempt([account, address], now);
    await loginSucceeded([account, address]);
    expect(allowed(await attempts([account, ip()], 6, now))).toBe(5);
  });

  it("checks at most the free allowance out of 100 concurrent attempts on one account, and none once locked", async () => {
    const account = email();
    const now = Date.now();
    // Each from its own address, as a distributed guesser would.
    const answers = await Promise.all(Array.from({ length: 100 }, () => beginLoginAttempt([account, ip()], now)));
    expect(allowed(answers)).toBe(5);
    expect(await beginLoginAttempt([account, ip()], now)).toBe(false);
  });

  it("checks at most 30 of 200 concurrent attempts from one address on many accounts", async () => {
    const address = ip();
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => beginLoginAttempt([email(), address], Date.now())),
    );
    expect(allowed(answers)).toBe(30);
  });
});
