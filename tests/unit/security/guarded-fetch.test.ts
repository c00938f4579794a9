import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type dns from "node:dns";
import { createGuardedFetch, guardedFetch } from "@/lib/security/guarded-fetch";

let server: http.Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/redirect") {
      res.writeHead(302, { Location: `${base}/inside` });
      return void res.end();
    }
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end("hello");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
afterEach(() => {
  delete process.env.OUTBOUND_ALLOW_HOSTS;
  hits.length = 0;
});

describe("guardedFetch", () => {
  it("refuses loopback unless the host is allowed", async () => {
    await expect(guardedFetch(`${base}/`, { method: "GET" })).rejects.toThrow(/loopback/);
    expect(hits).toEqual([]);
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    const res = await guardedFetch(`${base}/`, { method: "GET" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("hello");
  });

  it("refuses a name that resolves to loopback", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    const port = new URL(base).port;
    await expect(guardedFetch(`http://localhost:${port}/`, { method: "GET" })).rejects.toThrow(/localhost/);
    expect(hits).toEqual([]);
  });

  it("re-checks at connect time: a DNS answer that turns private after the check is refused", async () => {
    // A rebinding name server: public for the up-front check, loopback for the connection.
    const answers = ["93.184.216.34", "127.0.0.1"];
    const lookup = ((_h: string, _o: unknown, cb: (e: null, a: dns.LookupAddress[]) => void) =>
      cb(null, [{ address: answers.shift() ?? "127.0.0.1", family: 4 }])) as unknown as typeof dns.lookup;
    const port = new URL(base).port;
    const error = await createGuardedFetch(lookup)(`http://rebind.test:${port}/`, { method: "GET" }).catch(
      (e: unknown) => e,
    );
    expect(answers).toEqual([]); // both the check and the connection looked the name up
    expect(String((error as { cause?: unknown }).cause)).toMatch(/rebind\.test \(127\.0\.0\.1\): loopback/);
    expect(hits).toEqual([]);
  });

  it("does not follow redirects", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    const res = await guardedFetch(`${base}/redirect`, { method: "GET" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${base}/inside`);
    expect(hits).toEqual(["/redirect"]);
  });
});

describe("guardedAgent (for SDKs doing their own HTTP)", () => {
  it("refuses a socket to a name resolving to loopback", async () => {
    const { guardedAgent } = await import("@/lib/security/guarded-agent");
    const port = new URL(base).port;
    const error = await new Promise<Error | null>((resolve) => {
      const req = http.get(
        `http://localhost:${port}/`,
        { agent: guardedAgent("http:") },
        (res) => (res.resume(), resolve(null)),
      );
      req.once("error", resolve);
    });
    expect(error?.name).toBe("OutboundBlockedError");
    expect(hits).toEqual([]);
  });
});
