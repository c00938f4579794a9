// The app's HTTP listener (lib/http/app-listener.mjs) on a real loopback
// server: a registered direct route answers its own requests with the body
// streamed and the socket's address stamped; everything else reaches the
// handler standing in for Next, which records what it was given.
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { registerDirectRoute } from "@/lib/http/direct-routes.mjs";
import { peerAddress, peerHeader } from "@/lib/http/peer-stamp.mjs";
import { serveWebhookDirectly } from "@/lib/ingest/webhook-direct-route";
import { apiSecurityHeaders, staticSecurityHeaders } from "@/lib/security/security-headers";
import { serveListener } from "@/tests/support/listener-server";

afterEach(() => {
  (globalThis as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for("leaddesk.directRoutes")]?.clear();
});

/** A route that answers what it received. */
function echoRoute(name = "echo") {
  registerDirectRoute({
    name,
    method: "POST",
    path: /^\/api\/direct(?:\/([^/]+))?$/,
    async handle(request, params) {
      const body = new Uint8Array(await request.arrayBuffer());
      return Response.json(
        {
          name,
          params,
          bytes: body.byteLength,
          last: body.at(-1),
          peer: peerAddress(request.headers.get(peerHeader)),
          tags: request.headers.get("x-tag"),
          method: request.method,
        },
        { status: 201, headers: { "X-Answer": "direct" } },
      );
    },
  });
}

describe("the app's listener", () => {
  it("answers a registered route itself: params decoded, the whole body streamed, the peer stamped", async () => {
    echoRoute();
    const { url, reachedNext } = await serveListener();
    const body = new Uint8Array(3 * 1024 * 1024).fill(7);
    const headers = new Headers({ "content-type": "application/octet-stream", [peerHeader]: "forged 203.0.113.9" });
    headers.append("x-tag", "one");
    headers.append("x-tag", "two");
    const res = await fetch(`${url}/api/direct/a%20b%2Fc?x=1`, { method: "POST", headers, body });
    expect(res.status).toBe(201);
    expect(res.headers.get("x-answer")).toBe("direct");
    expect(await res.json()).toEqual({
      name: "echo",
      params: ["a b/c"],
      bytes: body.byteLength,
      last: 7,
      peer: "127.0.0.1",
      tags: "one, two",
      method: "POST",
    });
    const bare = await fetch(`${url}/api/direct`, { method: "POST", body: "{}" });
    expect(await bare.json()).toMatchObject({ params: [null], bytes: 2 });
    expect(reachedNext).toEqual([]);
  });

  it("hands Next every request no route claims: other methods, paths, a trailing slash, a malformed escape", async () => {
    echoRoute();
    const { url, reachedNext } = await serveListener();
    const requests: [string, string][] = [
      ["GET", "/api/direct"],
      ["PUT", "/api/direct/key"],
      ["POST", "/api/direct/"],
      ["POST", "/api/direct/key/more"],
      ["POST", "/api/elsewhere"],
      ["POST", "/api/direct/%E0%A4%A"],
    ];
    for (const [method, path] of requests) {
      const res = await fetch(url + path, { method, body: method === "GET" ? undefined : "{}" });
      expect(await res.text(), `${method} ${path}`).toBe("next");
    }
    expect(reachedNext).toEqual(requests.map(([method, path]) => `${method} ${path}`));
  });

  it("serves everything through Next until a route is registered, and a name registered again replaces its route", async () => {
    const { url, reachedNext } = await serveListener();
    expect((await fetch(`${url}/api/direct`, { method: "POST", body: "{}" })).status).toBe(404);
    expect(reachedNext).toEqual(["POST /api/direct"]);
    echoRoute("first");
    registerDirectRoute({
      name: "first",
      method: "POST",
      path: /^\/api\/direct$/,
      handle: async () => Response.json({ replaced: true }),
    });
    expect(await (await fetch(`${url}/api/direct`, { method: "POST", body: "{}" })).json()).toEqual({ replaced: true });
  });

  it("reads what a route left unread, so the connection serves the client's next request", async () => {
    registerDirectRoute({
      name: "refuses",
      method: "POST",
      path: /^\/api\/refuses$/,
      handle: async () => Response.json({ error: "refused" }, { status: 401 }),
    });
    echoRoute();
    const { url } = await serveListener();
    for (const size of [10, 200_000, 3_000_000]) {
      const refused = await fetch(`${url}/api/refuses`, { method: "POST", body: new Uint8Array(size) });
      expect(refused.status, `${size} bytes`).toBe(401);
      await refused.arrayBuffer();
      // The same keep-alive connection, in turn.
      const next = await fetch(`${url}/api/direct`, { method: "POST", body: "{}" });
      expect(await next.json()).toMatchObject({ bytes: 2 });
    }
  });

  it("stays up when a client goes away half-way through its body", async () => {
    echoRoute();
    const { url } = await serveListener();
    const { port } = new URL(url);
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(port), "127.0.0.1", () => {
        socket.write("POST /api/direct/x HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n" + "a".repeat(5_000));
        setTimeout(() => (socket.destroy(), resolve()), 50);
      });
      socket.on("error", reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const res = await fetch(`${url}/api/direct`, { method: "POST", body: "{}" });
    expect(await res.json()).toMatchObject({ bytes: 2 });
  });

  it("answers a route that throws with a plain 500, never the error's text", async () => {
    registerDirectRoute({
      name: "broken",
      method: "POST",
      path: /^\/api\/broken$/,
      handle: async () => {
        throw new Error("secret detail at /srv/app/lib/x.ts:12");
      },
    });
    const { url } = await serveListener();
    const res = await fetch(`${url}/api/broken`, { method: "POST", body: "{}" });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: "Something went wrong. Please retry." });
    expect(text).not.toContain("secret");
  });

  // Set by the server, not next.config.ts's headers(), whose path matching cost every API request.
  it("sets the API headers on API routes' answers and the static ones on everything else but pages", async () => {
    const { url } = await serveListener();
    const names = (list: { key: string }[]) => list.map(({ key }) => key.toLowerCase());
    for (const path of ["/_next/static/chunks/app.js", "/icon.svg", "/api/health", "/api/leads/export"]) {
      const res = await fetch(url + path);
      const expected = path.startsWith("/api/") ? apiSecurityHeaders : staticSecurityHeaders;
      for (const { key, value } of expected) expect(res.headers.get(key), `${path} ${key}`).toBe(value);
      // Nothing of the other set leaks in (a page's policy, or headers only documents act on).
      const others = names(path.startsWith("/api/") ? staticSecurityHeaders : apiSecurityHeaders);
      for (const key of others.filter((k) => !names(expected).includes(k)))
        expect(res.headers.get(key), `${path} ${key}`).toBeNull();
    }
  });

  it("answers the marketplace webhook with the security headers of API routes", async () => {
    serveWebhookDirectly();
    const { url, reachedNext } = await serveListener();
    // Keys that cannot be valid are refused before any database read.
    for (const path of ["/api/webhooks/marketplace/not-a-key", "/api/webhooks/marketplace"]) {
      const res = await fetch(url + path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      expect(res.status, path).toBe(401);
      expect(await res.json()).toEqual({ error: "Unknown or revoked webhook key." });
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      for (const { key, value } of apiSecurityHeaders) expect(res.headers.get(key), key).toBe(value);
      expect(res.headers.get("permissions-policy")).toBeNull();
    }
    expect(reachedNext).toEqual([]);
  });
});
