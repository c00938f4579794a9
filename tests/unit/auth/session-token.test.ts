// Reading the session cookie without next-auth's session endpoint: the same
// answer for what next-auth issues, and nobody for anything else.
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionCookieName } from "@/lib/auth/auth-cookies";
import { sessionToken, sessionUserId } from "@/lib/auth/session-token";

const secret = "session-token-test-secret-0123456789abcdef";
const name = sessionCookieName();
const issue = (token: Record<string, unknown>, options: { maxAge?: number; secret?: string } = {}) =>
  encode({ token, secret: options.secret ?? secret, maxAge: options.maxAge ?? 3600 });

beforeAll(() => {
  process.env.AUTH_SECRET = secret;
});

describe("sessionUserId", () => {
  it("names the user of a cookie next-auth issued", async () => {
    expect(await sessionUserId([{ name: "other", value: "x" }, { name, value: await issue({ uid: "user-1", email: "a@example.com" }) }])).toBe("user-1");
  });

  it("refuses a tampered, foreign, expired or id-less cookie, and a missing one", async () => {
    const valid = await issue({ uid: "user-1" });
    const flipped = valid.slice(0, -5) + (valid.at(-5) === "A" ? "B" : "A") + valid.slice(-4);
    for (const value of [
      flipped,
      "not-a-jwt",
      await issue({ uid: "user-1" }, { secret: "another-secret-0123456789abcdef0123" }),
      await issue({ uid: "user-1" }, { maxAge: -60 }), // past next-auth's 15 s clock tolerance
      await issue({ email: "a@example.com" }),
      await issue({ uid: "" }),
    ]) {
      expect(await sessionUserId([{ name, value }])).toBeNull();
    }
    expect(await sessionUserId([])).toBeNull();
    expect(await sessionUserId([{ name: `x${name}`, value: valid }])).toBeNull();
  });

  it("joins a cookie next-auth split into chunks, in chunk order", async () => {
    const value = await issue({ uid: "user-2", padding: "p".repeat(300) });
    const third = Math.ceil(value.length / 3);
    const chunks = [0, 1, 2].map((i) => ({ name: `${name}.${i}`, value: value.slice(i * third, (i + 1) * third) }));
    expect(sessionToken([chunks[2]!, chunks[0]!, { name: `${name}.x`, value: "junk" }, chunks[1]!])).toBe(value);
    expect(await sessionUserId([chunks[1]!, chunks[2]!, chunks[0]!])).toBe("user-2");
  });
});
