// next-auth's real handler, run with the app's options for an https APP_URL:
// what cookies would the browser get, and does sign-in insist on its CSRF token?
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieName } from "@/lib/auth/auth-cookies";
import { authOptions } from "@/lib/auth/options";
import { sessionClaims } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";

// The handler inside NextAuth() that the route calls; next-auth does not export
// "./core", so it is loaded by path (and typed here with what the test reads).
interface Cookie {
  name: string;
  value: string;
  options: { httpOnly?: boolean; sameSite?: string | boolean; secure?: boolean; path?: string; domain?: string };
}
interface AuthAnswer {
  cookies?: Cookie[];
  body?: unknown;
  redirect?: string;
}
type AuthRequest = Record<string, unknown> & { action: string; origin: string };
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: AuthRequest; options: NextAuthOptions }) => Promise<AuthAnswer>;
};

const base = "https://leads.example.com";
// Behind a TLS-terminating proxy requests reach the app over plain http:
// APP_URL, not the request, must decide that the cookies are Secure.
const internal = "http://127.0.0.1:3000/api/auth";
const account = { email: "cookie-check@example.com", password: "cookie-check-password-1" };
const saved = { APP_URL: process.env.APP_URL, AUTH_SECRET: process.env.AUTH_SECRET };

beforeAll(async () => {
  process.env.APP_URL = base;
  process.env.AUTH_SECRET = "auth-cookies-test-secret-0123456789abcdef";
  await createUser({ email: account.email, password: account.password, role: "SALES" });
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const byName = (cookies: Cookie[] | undefined, name: string) => cookies?.find((c) => c.name === name);

async function csrf() {
  const res = await AuthHandler({
    req: { origin: internal, action: "csrf", method: "GET", query: { callbackUrl: "/leads" } },
    options: authOptions(),
  });
  const cookie = byName(res.cookies, "__Host-next-auth.csrf-token");
  return { res, cookie, token: (res.body as { csrfToken: string }).csrfToken };
}

function signIn(body: Record<string, string>, cookies: Record<string, string>) {
  return AuthHandler({
    req: {
      origin: internal,
      action: "callback",
      providerId: "credentials",
      method: "POST",
      body: { ...body, json: "true" },
      cookies,
      headers: { "x-forwarded-for": "203.0.113.77" },
    },
    options: authOptions(),
  });
}

describe("next-auth cookies over https", () => {
  it("sets the CSRF and callback cookies Secure, http-only, SameSite=Lax with __Host-/__Secure- names", async () => {
    const { res, cookie } = await csrf();
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    expect(cookie?.options.domain).toBeUndefined(); // __Host- requires no Domain
    expect(byName(res.cookies, "__Secure-next-auth.callback-url")?.options).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      secure: true,
    });
    expect(res.cookies?.every((c) => c.options.secure && c.options.httpOnly)).toBe(true);
  });

  it("issues the session cookie under the name proxy.ts looks for, Secure and http-only", async () => {
    const { cookie, token } = await csrf();
    const res = await signIn({ ...account, csrfToken: token }, { [cookie!.name]: cookie!.value });
    const session = byName(res.cookies, sessionCookieName());
    expect(sessionCookieName()).toBe("__Secure-next-auth.session-token");
    expect(session?.value).toBeTruthy();
    expect(session?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    // …and the cookie the server reads back on every request names the user who signed in.
    const user = await (await getDb()).user.findUniqueOrThrow({ where: { email: account.email } });
    expect((await sessionClaims([{ name: session!.name, value: session!.value }]))?.userId).toBe(user.id);
    expect(await sessionClaims([{ name: "next-auth.session-token", value: session!.value }])).toBeNull();
  });

  it("refuses a sign-in without its CSRF token (or with another's), even with the right password", async () => {
    const { cookie } = await csrf();
    const other = await csrf();
    for (const [body, cookies] of [
      [account, { [cookie!.name]: cookie!.value }],
      [{ ...account, csrfToken: other.token }, { [cookie!.name]: cookie!.value }],
      [{ ...account, csrfToken: other.token }, {}],
    ] as const) {
      const res = await signIn(body, cookies);
      expect(byName(res.cookies, sessionCookieName())).toBeUndefined();
      expect(res.redirect).toMatch(/csrf=true/);
    }
  });
});
