// Redirects are never followed outward: a real loopback server (allowed as the
// first hop through OUTBOUND_ALLOW_HOSTS, the way a self-hosted CRM would be)
// answers 30x towards metadata, private, loopback and decimal-spelled
// addresses. The guarded fetch, an HTTPS destination's test send and the
// Azure Table SDK path must all stop at the redirect: the server sees exactly
// one request per attempt and nothing reaches the redirect's target.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendTestLead } from "@/lib/destinations/send";
import { guardedFetch } from "@/lib/security/guarded-fetch";
import { recordFigures } from "@/tests/support/hardening-figures";

let server: http.Server;
let port: number;
const hits: string[] = [];

const targets = (p: number): [number, string][] => [
  [302, "http://169.254.169.254/latest/meta-data/iam/security-credentials/"],
  [307, "http://168.63.129.16/machine?comp=goalstate"],
  [301, "http://10.0.0.1/admin"],
  [308, `http://[::1]:${p}/inside`],
  [303, `http://localhost:${p}/inside`],
  [302, `http://2130706433:${p}/inside`],
  [307, `http://[::ffff:127.0.0.1]:${p}/inside`],
  [302, "/inside"], // same host: still not followed
  [307, "/inside"],
];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const match = /\/redirect\/(\d+)/.exec(req.url ?? "");
    if (match) {
      const [status, location] = targets(port)[Number(match[1])]!;
      res.writeHead(status, { Location: location });
      return void res.end();
    }
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end("{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
afterEach(() => {
  delete process.env.OUTBOUND_ALLOW_HOSTS;
});

const figures = { redirectsRefused: 0 };
afterAll(() => recordFigures("ssrf-redirects", figures));

describe("redirects towards inner addresses are not followed", () => {
  it("by the guarded fetch", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    for (const [i, [status, location]] of targets(port).entries()) {
      hits.length = 0;
      const res = await guardedFetch(`http://127.0.0.1:${port}/redirect/${i}`, { method: "POST", body: "{}" });
      expect(res.status, location).toBe(status);
      expect(res.headers.get("location")).toBe(location);
      expect(hits).toEqual([`POST /redirect/${i}`]);
      figures.redirectsRefused++;
    }
  });

  it("by an HTTPS destination's send: a failure that names the redirect", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    for (const [i, [status]] of targets(port).entries()) {
      hits.length = 0;
      const outcome = await sendTestLead(
        "HTTPS",
        { url: `http://127.0.0.1:${port}/redirect/${i}`, headers: {} },
        { timeoutMs: 5000 },
      );
      expect(outcome.ok).toBe(false);
      expect(outcome.retryable).toBe(false);
      expect(outcome.httpStatus).toBe(status);
      expect(outcome.verdict).toMatch(/redirect.*not followed/i);
      expect(hits).toEqual([`POST /redirect/${i}`]);
      figures.redirectsRefused++;
    }
  });

  it("by the Azure Table SDK (which follows same-origin redirects by itself)", async () => {
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    const key = Buffer.from("not-a-real-account-key").toString("base64");
    for (const [i] of targets(port).entries()) {
      hits.length = 0;
      const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};TableEndpoint=http://127.0.0.1:${port}/redirect/${i}`;
      const outcome = await sendTestLead("AZURE_TABLE", { connectionString, tableName: "leads" }, { timeoutMs: 5000 });
      expect(outcome.ok).toBe(false);
      expect(
        hits.some((h) => h.includes("/inside") || !h.includes(`/redirect/${i}`)),
        hits.join(", "),
      ).toBe(false);
      figures.redirectsRefused++;
    }
  });
});
