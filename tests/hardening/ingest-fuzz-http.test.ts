// Ingestion fuzzing against the production build behind the app's listener,
// which answers the webhook itself ahead of Next's router, once on a
// fresh PGlite folder and once on a fresh PostgreSQL database: thousands of
// hostile bodies (tests/support/webhook-arbitraries.ts) over raw HTTP with
// valid, revoked and wrong keys, several at a time. Per case: never a 5xx,
// only the statuses README → Connecting the marketplace documents. Per batch:
// /api/health answers and the server process is alive. After the run: every
// authenticated post has exactly one receipt (each carries a unique client
// address), unauthenticated ones none, and neither the server's prototypes
// (read through the Node inspector) nor any stored lead shows pollution.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getSql } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { webhookRouteName } from "@/lib/ingest/webhook-direct-route";
import { createWebhookKey } from "@/lib/webhook-keys/create-key";
import { revokeWebhookKey } from "@/lib/webhook-keys/revoke-key";
import { startAppServer } from "@/tests/support/app-server";
import { recordFigures } from "@/tests/support/hardening-figures";
import { createScratchDatabase, type DbKind } from "@/tests/hardening/support/scratch-database";
import { connectInspector } from "@/tests/support/server-inspector";
import { hostileBody, hostileContentType, POLLUTION_MARKER } from "@/tests/support/webhook-arbitraries";

const ports: Record<DbKind, number> = { pglite: 3161, postgres: 3162 };
// Batches of 1–14 posts: 300 make about 2,000 cases per database. INGEST_FUZZ_BATCHES changes it (a loaded machine may need fewer).
const batches = Number(process.env.INGEST_FUZZ_BATCHES) || 300;
const authenticatedStatuses = [200, 201, 400, 413, 415, 422];
const rejectedStatuses = [401, 429];
const leadTextColumns = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "country",
  "company",
  "title",
  "leadSource",
  "source",
  "action",
  "offerId",
  "offerTitle",
  "description",
  "customerKey",
];

type Auth = "path" | "bearer" | "revoked" | "wrong" | "none";
interface FuzzCase {
  auth: Auth;
  body: Buffer;
  contentType: string | null;
  wrongKey: string;
}

const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  auth: fc.oneof(
    { arbitrary: fc.constantFrom<Auth>("path", "bearer"), weight: 7 },
    { arbitrary: fc.constantFrom<Auth>("revoked", "wrong", "none"), weight: 2 },
  ),
  body: hostileBody,
  contentType: hostileContentType,
  wrongKey: fc.constantFrom(
    `ldk_${"0".repeat(48)}`,
    "ldk_short",
    "x".repeat(400),
    "%00",
    "..%2F..%2Fapi%2Fhealth",
    "__proto__",
    "constructor",
  ),
});

let addressCounter = 0;
/** A unique client address per authenticated post: the receipt records it, so each post can be found once. */
const nextAddress = () => `2001:db8::${(++addressCounter).toString(16)}`;

for (const kind of ["pglite", "postgres"] as const) {
  const skip = kind === "postgres" && !process.env.TEST_DATABASE_URL;
  if (skip) console.warn("ingest-fuzz-http: TEST_DATABASE_URL is not set, so the PostgreSQL run is skipped.");

  describe.skipIf(skip)(`webhook fuzzing over HTTP on ${kind}`, () => {
    it("answers every hostile post with a documented 2xx/4xx, keeps one receipt per authenticated post, and stays up unpolluted", async () => {
      const db = await createScratchDatabase(kind, "fuzz");
      const keys = await db.use(async () => {
        await migrate();
        const valid = await createWebhookKey("Fuzz");
        const revoked = await createWebhookKey("Fuzz revoked");
        await revokeWebhookKey(revoked.id);
        return { valid, revoked };
      });
      // One trusted proxy hop: the test plays the proxy, giving each post its own X-Forwarded-For address.
      const server = await startAppServer(ports[kind], { ...db.env, TRUST_PROXY: "1" }, { inspect: true });
      const inspector = await connectInspector(server.inspectorUrl!);
      const statuses: Record<string, number> = {};
      const sentBy = { authenticated: [] as string[], unauthenticated: 0 };
      let cases = 0;
      let healthChecks = 0;
      const started = Date.now();
      try {
        expect(await inspector.listensOn(ports[kind])).toBe(true);
        // The posts below meet the webhook as the server answers it itself (lib/http/direct-routes.mjs).
        const direct = `globalThis[Symbol.for("leaddesk.directRoutes")]?.has(${JSON.stringify(webhookRouteName)}) ?? false`;
        expect(await inspector.evaluate<boolean>(direct)).toBe(true);
        const baseline = await inspector.prototypes();
        expect(baseline.polluted).toBeNull();

        async function send(c: FuzzCase): Promise<void> {
          const authenticated = c.auth === "path" || c.auth === "bearer";
          const key = c.auth === "revoked" ? keys.revoked.key : c.auth === "wrong" ? c.wrongKey : keys.valid.key;
          const headers: Record<string, string> = {};
          if (c.contentType !== null) headers["content-type"] = c.contentType;
          if (c.auth === "bearer") headers.authorization = `Bearer ${key}`;
          // Unauthenticated posts share one address now and then, to reach the 429 of the failed-key limit.
          const address = authenticated || cases % 3 ? nextAddress() : "198.51.100.66";
          headers["x-forwarded-for"] = address;
          const inPath = c.auth === "path" || c.auth === "revoked" || c.auth === "wrong";
          cases += 1;
          if (authenticated) sentBy.authenticated.push(address);
          else sentBy.unauthenticated += 1;
          const res = await fetch(`${server.url}/api/webhooks/marketplace${inPath ? `/${key}` : ""}`, {
            method: "POST",
            headers,
            body: new Uint8Array(c.body),
          });
          const answer = await res.text();
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          const allowed = authenticated ? authenticatedStatuses : rejectedStatuses;
          if (!allowed.includes(res.status)) {
            const log = server
              .output()
              .split("\n")
              .filter((l) => /fail|error/i.test(l))
              .slice(-5)
              .join("\n");
            throw new Error(
              `${c.auth} post (${c.body.length} bytes, ${c.contentType}) answered ${res.status}: ${answer.slice(0, 300)}\nbody (hex): ${c.body.subarray(0, 100).toString("hex")}\nserver log: ${log}`,
            );
          }
          expect(() => JSON.parse(answer)).not.toThrow();
        }

        await fc.assert(
          fc.asyncProperty(fc.array(fuzzCase, { minLength: 1, maxLength: 14 }), async (batch) => {
            await Promise.all(batch.map(send));
            const health = await fetch(`${server.url}/api/health`);
            await health.arrayBuffer();
            healthChecks += 1;
            expect(health.status).toBe(200);
          }),
          { numRuns: batches, seed: 20261127, endOnFailure: true },
        );

        const after = await inspector.prototypes();
        expect(after).toEqual(baseline);
        // A lead with no names after all that: inherited values would fill them.
        const probeAddress = nextAddress();
        const probe = await fetch(`${server.url}/api/webhooks/marketplace/${keys.valid.key}`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": probeAddress },
          body: JSON.stringify({
            UserDetails: { Email: `probe-${randomBytes(4).toString("hex")}@example.com` },
            LeadSource: "AzureMarketplace-INS|probe.offer",
          }),
        });
        expect(probe.status).toBe(201);
        sentBy.authenticated.push(probeAddress);
      } finally {
        inspector.close();
        await server.stop(); // PGlite: one process per folder, so the server goes first
      }

      const stored = await db.use(async () => {
        const { query } = await getSql();
        const perAddress = await (query(
          `SELECT "clientAddress" AS address, count(*)::int AS n FROM receipts WHERE "webhookKeyId" = $1 GROUP BY 1`,
          [keys.valid.id],
        ) as Promise<{ address: string; n: number }[]>);
        const [others] = await (query(
          `SELECT count(*)::int AS n FROM receipts WHERE "webhookKeyId" IS DISTINCT FROM $1`,
          [keys.valid.id],
        ) as Promise<{ n: number }[]>);
        const polluted = await query(
          `SELECT id FROM leads WHERE concat_ws('|', ${leadTextColumns.map((c) => `"${c}"`).join(", ")}) LIKE $1`,
          [`%${POLLUTION_MARKER}%`],
        );
        const [leads] = await (query("SELECT count(*)::int AS n FROM leads") as Promise<{ n: number }[]>);
        return { perAddress, others: others!.n, polluted: polluted.length, leads: leads!.n };
      });
      const receipts = stored.perAddress.reduce((sum, r) => sum + r.n, 0);
      recordFigures(`ingest-fuzz-${kind}`, {
        cases,
        batches,
        authenticated: sentBy.authenticated.length,
        unauthenticated: sentBy.unauthenticated,
        receipts,
        leads: stored.leads,
        healthChecks,
        seconds: Math.round((Date.now() - started) / 1000),
        ...Object.fromEntries(Object.entries(statuses).map(([status, n]) => [`status${status}`, n])),
      });
      await db.drop();

      expect(stored.others).toBe(0);
      expect(stored.perAddress.filter((r) => r.n !== 1)).toEqual([]);
      expect(stored.perAddress.map((r) => r.address).sort()).toEqual([...sentBy.authenticated].sort());
      expect(stored.polluted).toBe(0);
      expect(Object.keys(statuses).some((s) => Number(s) >= 500)).toBe(false);
    });
  });
}
