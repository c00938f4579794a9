// Pages through the app's listener on a real loopback server: each gets a
// Content-Security-Policy with a fresh script nonce, on the response and on the
// request Next renders with; a visitor without a session cookie is sent to
// sign-in from any page but a public one; API routes and files get neither.
import { afterEach, describe, expect, it } from "vitest";
import { pageRequest } from "@/lib/http/page-requests.mjs";
import { staticSecurityHeaders } from "@/lib/security/security-headers";
import { serveListener } from "@/tests/support/listener-server";

const savedAppUrl = process.env.APP_URL;
afterEach(() => {
  if (savedAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = savedAppUrl;
});

const session = { cookie: "theme=dark; next-auth.session-token=x" };
const nonceOf = (csp: string | null | undefined) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers, redirect: "manual" });

describe("page requests", () => {
  it("gives each page a fresh nonce, in the response's policy and in the request headers Next renders with", async () => {
    process.env.APP_URL = "http://localhost:3000";
    const { url, headersSeen } = await serveListener();
    // A policy sent by the client is replaced, never passed on.
    const first = await get(`${url}/leads?status=new`, { ...session, "content-security-policy": "script-src *" });
    const second = await get(`${url}/leads`, session);
    const csp = first.headers.get("content-security-policy");
    const nonce = nonceOf(csp);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 16 random bytes
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    expect(headersSeen[0]!["content-security-policy"]).toBe(csp);
    for (const { key, value } of staticSecurityHeaders) expect(first.headers.get(key), key).toBe(value);
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

  it("lets anonymous visitors reach the public pages (with their policy) and sends them to sign-in from any other", async () => {
    process.env.APP_URL = "http://localhost:3000";
    const { url, reachedNext } = await serveListener();
    for (const path of ["/login", "/login?callbackUrl=%2Fleads", "/unsubscribe?token=t"]) {
      const res = await get(url + path);
      expect(await res.text(), path).toBe("next");
      expect(nonceOf(res.headers.get("content-security-policy")), path).toBeTruthy();
    }
    const cases: [string, string][] = [
      ["/settings/users?x=1", "/login?callbackUrl=%2Fsettings%2Fusers%3Fx%3D1"],
      ["/", "/login?callbackUrl=%2F"],
      ["/api", "/login?callbackUrl=%2Fapi"],
      ["/leads/3f6c", "/login?callbackUrl=%2Fleads%2F3f6c"],
    ];
    for (const [path, location] of cases) {
      const res = await get(url + path);
      expect(res.status, path).toBe(307);
      expect(res.headers.get("location"), path).toBe(location);
    }
    // A cookie whose name only contains the session cookie's is no session.
    expect((await get(`${url}/leads`, { cookie: "old-next-auth.session-token=x" })).status).toBe(307);
    expect(reachedNext).toEqual(["GET /login", "GET /login?callbackUrl=%2Fleads", "GET /unsubscribe?token=t"]);
  });

  it("reads the __Secure- session cookie when APP_URL is https", async () => {
    process.env.APP_URL = "https://leads.example.com";
    const { url } = await serveListener();
    expect(await (await get(`${url}/leads`, { cookie: "__Secure-next-auth.session-token=x" })).text()).toBe("next");
    // The plain-http cookie name does not count as a session on an https deployment.
    const plain = await get(`${url}/leads`, session);
    expect(plain.status).toBe(307);
    expect(plain.headers.get("location")).toBe("/login?callbackUrl=%2Fleads");
  });

  it("leaves API routes, Next's assets and files to their own checks: no redirect, no page policy", async () => {
    process.env.APP_URL = "http://localhost:3000";
    const { url, headersSeen } = await serveListener();
    const paths = [
      "/api/leads/export",
      "/api/health",
      "/_next/static/chunks/a.js",
      "/_next/image?url=x",
      "/favicon.ico",
    ];
    for (const path of [...paths, "/icon.svg", "/robots.txt"]) {
      const res = await get(url + path, { "content-security-policy": "sent by the client" });
      expect(await res.text(), path).toBe("next");
      expect(nonceOf(res.headers.get("content-security-policy")), path).toBeUndefined();
    }
    expect(headersSeen.map((h) => h["content-security-policy"])).toEqual(
      paths.concat("/icon.svg", "/robots.txt").map(() => "sent by the client"),
    );
  });

  it("reads the path of absolute-form targets and ignores the query", () => {
    expect(pageRequest("http://example.com/leads?q=a.b")).toEqual({ pathname: "/leads", search: "?q=a.b" });
    expect(pageRequest("/leads/a?x=file.js")).toEqual({ pathname: "/leads/a", search: "?x=file.js" });
    expect(pageRequest("http://example.com/api/health")).toBeNull();
    expect(pageRequest("*")).toBeNull();
  });
});
