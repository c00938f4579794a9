// Sessions end for real: next-auth's own handler (sign-in, its session
// endpoint, sign-out) with the app's options, and the session rows behind the
// cookie. Signing out ends that session; deactivation, a password change or
// reset, a role change and "sign out everywhere" end all of the user's; an
// ended session gets nothing from /api/auth/session, and reactivation revives nothing.
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionCookieName } from "@/lib/auth/auth-cookies";
import { authOptions } from "@/lib/auth/options";
import { endUserSessions, openSessionUser } from "@/lib/auth/session-rows";
import { sessionClaims } from "@/lib/auth/session-token";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { setUserActive, setUserRole } from "@/lib/users/update-user";

interface Cookie {
  name: string;
  value: string;
}
interface AuthAnswer {
  cookies?: Cookie[];
  body?: unknown;
  redirect?: string;
}
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: Record<string, unknown>; options: NextAuthOptions }) => Promise<AuthAnswer>;
};
const origin = "http://127.0.0.1:3000/api/auth";
let counter = 0;

beforeAll(async () => {
  process.env.APP_URL = "http://127.0.0.1:3000";
  process.env.AUTH_SECRET = "sessions-test-secret-0123456789abcdef0123";
  await newUser("ADMIN"); // so the users below may lose and gain roles and be deactivated
});

const call = (req: Record<string, unknown>) => AuthHandler({ req: { origin, ...req }, options: authOptions() });

async function newUser(role: "ADMIN" | "SALES" = "SALES") {
  const account = {
    email: `session-${++counter}-${Date.now()}@example.com`,
    password: `session-password-${counter}-x`,
  };
  const { user } = await createUser({ ...account, role });
  return { ...account, id: user.id };
}

/** Signs in through next-auth's handler: the session cookie's value. */
async function signIn(account: { email: string; password: string }): Promise<string> {
  const csrf = await call({ action: "csrf", method: "GET" });
  const csrfCookie = csrf.cookies!.find((c) => c.name.endsWith("next-auth.csrf-token"))!;
  const res = await call({
    action: "callback",
    providerId: "credentials",
    method: "POST",
    body: { ...account, csrfToken: (csrf.body as { csrfToken: string }).csrfToken, json: "true" },
    cookies: { [csrfCookie.name]: csrfCookie.value },
    headers: {},
  });
  const session = res.cookies?.find((c) => c.name === sessionCookieName());
  if (!session?.value) throw new Error(`Sign-in failed: ${res.redirect}`);
  return session.value;
}

/** What /api/auth/session answers for the cookie, and the session cookie it sets (renewed, cleared, or none). */
async function sessionEndpoint(token: string) {
  const res = await call({ action: "session", method: "GET", cookies: { [sessionCookieName()]: token } });
  return {
    body: res.body as { user?: { email?: string } },
    renewed: res.cookies?.find((c) => c.name === sessionCookieName())?.value,
  };
}

async function isOpen(token: string): Promise<boolean> {
  const claims = await sessionClaims([{ name: sessionCookieName(), value: token }]);
  return !!claims && !!(await openSessionUser(claims.sessionId, claims.userId));
}

describe("sessions", () => {
  it("a session is open after sign-in, and the session endpoint renews it", async () => {
    const account = await newUser();
    const token = await signIn(account);
    expect(await isOpen(token)).toBe(true);
    const answer = await sessionEndpoint(token);
    expect(answer.body.user?.email).toBe(account.email);
    expect(answer.renewed).toBeTruthy();
    expect(await isOpen(answer.renewed!)).toBe(true);
  });

  it("signing out ends that session only; the old cookie and its renewals get nothing", async () => {
    const account = await newUser();
    const first = await signIn(account);
    const second = await signIn(account);
    const renewed = (await sessionEndpoint(first)).renewed!;
    const csrf = await call({ action: "csrf", method: "GET" });
    const csrfCookie = csrf.cookies!.find((c) => c.name.endsWith("next-auth.csrf-token"))!;
    await call({
      action: "signout",
      method: "POST",
      body: { csrfToken: (csrf.body as { csrfToken: string }).csrfToken },
      cookies: { [csrfCookie.name]: csrfCookie.value, [sessionCookieName()]: first },
    });
    for (const token of [first, renewed]) {
      expect(await isOpen(token)).toBe(false);
      const answer = await sessionEndpoint(token);
      expect(answer.body).toEqual({});
      expect(answer.renewed ?? "").toBe(""); // cleared, never renewed
    }
    expect(await isOpen(second)).toBe(true);
  });

  it("deactivation ends every session, and reactivation revives none", async () => {
    const account = await newUser();
    const tokens = [await signIn(account), await signIn(account)];
    await setUserActive(account.id, false);
    await setUserActive(account.id, true);
    for (const token of tokens) {
      expect(await isOpen(token)).toBe(false);
      expect((await sessionEndpoint(token)).body).toEqual({});
    }
    expect(await isOpen(await signIn(account))).toBe(true);
  });

  it("a password change, a reset and a role change each end every session; an unchanged role ends none", async () => {
    const account = await newUser();
    let token = await signIn(account);
    await setUserRole(account.id, "SALES"); // unchanged
    expect(await isOpen(token)).toBe(true);
    await setUserRole(account.id, "ADMIN");
    expect(await isOpen(token)).toBe(false);

    token = await signIn(account);
    await changeOwnPassword(account.id, account.password, "session-new-password-1");
    expect(await isOpen(token)).toBe(false);

    token = await signIn({ email: account.email, password: "session-new-password-1" });
    await resetPassword(account.id);
    expect(await isOpen(token)).toBe(false);
    expect((await sessionEndpoint(token)).body).toEqual({});
  });

  it("sign out everywhere ends all of the user's sessions and no one else's", async () => {
    const [me, other] = [await newUser(), await newUser()];
    const mine = [await signIn(me), await signIn(me)];
    const theirs = await signIn(other);
    expect(await endUserSessions(me.id)).toBe(2);
    for (const token of mine) expect(await isOpen(token)).toBe(false);
    expect(await isOpen(theirs)).toBe(true);
  });
});
