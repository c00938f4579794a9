// HSTS is set by the app's HTTP server (next-server.mjs, peer-server.mjs) on
// every response of an https deployment, whatever answers it; here a real
// server with the same wrapper and a handler answering as Next does.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { transportSecurityFor, withTransportSecurity } from "@/lib/http/transport-security.mjs";

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function serve(appUrl: string): Promise<string> {
  const server = http.createServer(
    withTransportSecurity((_req, res) => {
      // A route handler's answer: its own headers, written at once.
      res.writeHead(201, { "content-type": "application/json", "cache-control": "no-store" });
      res.end("{}");
    }, transportSecurityFor(appUrl)),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("HSTS from the HTTP server", () => {
  it("is on every answer of an https deployment, beside the handler's own headers", async () => {
    const url = await serve("https://leads.example.com");
    for (const path of ["/api/webhooks/marketplace/key", "/leads", "/_next/static/chunk.js"]) {
      const res = await fetch(url + path, { method: path.startsWith("/api") ? "POST" : "GET" });
      expect(res.status).toBe(201);
      expect(res.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
      expect(res.headers.get("content-type")).toBe("application/json");
    }
  });

  it("is never sent over plain http", async () => {
    const url = await serve("http://localhost:3000");
    const res = await fetch(`${url}/leads`);
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(transportSecurityFor(" HTTPS://leads.example.com ")).not.toBeNull();
    expect(transportSecurityFor("")).toBeNull();
  });
});
