// proxy.ts run directly on NextRequests: the per-request CSP nonce Next needs
// to see on the request, and the session cookie's name on https deployments.
// (HSTS is the HTTP server's: tests/unit/http/transport-security.test.ts.)
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

const savedAppUrl = process.env.APP_URL;
afterEach(() => {
  if (savedAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = savedAppUrl;
});

const page = (url: string, cookie?: string) => proxy(new NextRequest(url, { headers: cookie ? { cookie } : {} }));
const nonceOf = (csp: string | null) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];

describe("proxy security headers", () => {
  it("gives each page response a fresh nonce, in the response CSP and in the request headers Next renders with", () => {
    process.env.APP_URL = "http://localhost:3000";
    const first = page("http://localhost:3000/leads", "next-auth.session-token=x");
    const second = page("http://localhost:3000/leads", "next-auth.session-token=x");
    const csp = first.headers.get("content-security-policy");
    const nonce = nonceOf(csp);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 16 random bytes
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    // NextResponse.next({ request: { headers } }) hands the policy to the renderer this way.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    const scriptSrc = csp!.split(";").find((d) => d.trim().startsWith("script-src"))!;
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/); // only `next dev` adds eval
    for (const directive of [
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "default-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
  });

  it("reads the __Secure- session cookie when APP_URL is https", () => {
    process.env.APP_URL = "https://leads.example.com";
    const signedIn = page("http://10.0.0.5:3000/leads", "__Secure-next-auth.session-token=x");
    expect(signedIn.headers.get("location")).toBeNull();
    // The plain-http cookie name does not count as a session on an https deployment.
    const plainCookie = page("http://10.0.0.5:3000/leads", "next-auth.session-token=x");
    expect(plainCookie.headers.get("location")).toMatch(/\/login\?callbackUrl=%2Fleads$/);
  });

  it("is not run for API routes: they check their own session or key", () => {
    const matcher = new RegExp(`^${config.matcher[0]!}$`);
    for (const path of ["/leads", "/settings/users", "/login", "/leads/abc"]) expect(path).toMatch(matcher);
    for (const path of ["/api/leads/export", "/api/webhooks/marketplace/k", "/api/health", "/_next/static/x.js"]) {
      expect(path).not.toMatch(matcher);
    }
  });

  it("lets anonymous visitors reach the sign-in page (with its CSP) and sends them there from anything else", () => {
    process.env.APP_URL = "http://localhost:3000";
    const login = page("http://localhost:3000/login");
    expect(login.headers.get("location")).toBeNull();
    expect(nonceOf(login.headers.get("content-security-policy"))).toBeTruthy();
    expect(page("http://localhost:3000/settings/users?x=1").headers.get("location")).toBe(
      "http://localhost:3000/login?callbackUrl=%2Fsettings%2Fusers%3Fx%3D1",
    );
  });
});
