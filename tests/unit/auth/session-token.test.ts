// Reading the session cookie without next-auth's session endpoint: the same
// answer for what next-auth issues, and nobody for anything else.
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionCookieName } from "@/lib/auth/auth-cookies";
import { sessionClaims, sessionToken } from "@/lib/auth/session-token";

const secret = "session-token-test-secret-0123456789abcdef";
const name = sessionCookieName();
const issue = (token: Record<string, unknown>, options: { maxAge?: number; secret?: string } = {}) =>
  encode({ token, secret: options.secret ?? secret, maxAge: options.maxAge ?? 3600 });

beforeAll(() => {
  process.env.AUTH_SECRET = secret;
});

describe("sessionClaims", () => {
  it("names the user of a cookie next-auth issued", async () => {
    expect(
      await sessionClaims([
        { name: "other", value: "x" },
        { name, value: await issue({ uid: "user-1", sid: "s-1", email: "a@example.com" }) },
      ]),
    ).toEqual({
      userId: "user-1",
      sessionId: "s-1",
    });
  });

  it("refuses a tampered, foreign, expired, id-less or session-less cookie, and a missing one", async () => {
    const valid = await issue({ uid: "user-1", sid: "s-1" });
    const flipped = valid.slice(0, -5) + (valid.at(-5) === "A" ? "B" : "A") + valid.slice(-4);
    for (const value of [
      flipped,
      "not-a-jwt",
      await issue({ uid: "user-1", sid: "s-1" }, { secret: "another-secret-0123456789abcdef0123" }),
      await issue({ uid: "user-1", sid: "s-1" }, { maxAge: -60 }), // past next-auth's 15 s clock tolerance
      await issue({ email: "a@example.com", sid: "s-1" }),
      await issue({ uid: "", sid: "s-1" }),
      await issue({ uid: "user-1" }), // issued before sessions were rows
      await issue({ uid: "user-1", sid: "" }),
    ]) {
      expect(await sessionClaims([{ name, value }])).toBeNull();
    }
    expect(await sessionClaims([])).toBeNull();
    expect(await sessionClaims([{ name: `x${name}`, value: valid }])).toBeNull();
  });

  it("joins a cookie next-auth split into chunks, in chunk order", async () => {
    const value = await issue({ uid: "user-2", sid: "s-2", padding: "p".repeat(300) });
    const third = Math.ceil(value.length / 3);
    const chunks = [0, 1, 2].map((i) => ({ name: `${name}.${i}`, value: value.slice(i * third, (i + 1) * third) }));
    expect(sessionToken([chunks[2]!, chunks[0]!, { name: `${name}.x`, value: "junk" }, chunks[1]!])).toBe(value);
    expect((await sessionClaims([chunks[1]!, chunks[2]!, chunks[0]!]))?.userId).toBe("user-2");
  });
});
