// Issue 15 item 2: a client cannot choose its own address. Against the
// production server as `npm start` runs it (PGlite): without TRUST_PROXY a
// forged X-Forwarded-For neither forges a receipt's "received from" nor
// dodges the per-address limits, and nobody can get a real sender's posts
// refused — a post with a valid key is stored even from an address that has
// just failed many times. With TRUST_PROXY=1 the proxy's entry counts.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { createUser } from "@/lib/users/create-user";
import { createWebhookKey } from "@/lib/webhook-keys/create-key";
import { startAppServer } from "@/tests/support/app-server";
import { recordFigures } from "@/tests/support/hardening-figures";
import { createScratchDatabase } from "./support/scratch-database";
import { signInClient, tally } from "./support/sign-in-http";

const lead = (last: string) =>
  JSON.stringify({
    UserDetails: { FirstName: "Ada", LastName: last, Email: `${last}@example.com` },
    LeadSource: "AzureMarketplace-INS|offer",
    ActionCode: "INS",
  });

describe("client addresses over HTTP", () => {
  it("come from the socket unless TRUST_PROXY says otherwise; a valid key is never refused for others' failures", async () => {
    const db = await createScratchDatabase("pglite", "forwarded");
    const key = await db.use(async () => {
      await migrate();
      await createUser({ email: "owner@example.com", password: "owner right pass", role: "SALES" });
      return (await createWebhookKey("Forwarded")).key;
    });
    const post = (url: string, k: string, headers: Record<string, string>, last: string) =>
      fetch(`${url}/api/webhooks/marketplace/${k}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: lead(last),
      });
    const leadIds: Record<string, string> = {};

    let server = await startAppServer(3381, db.env);
    try {
      // A forged header does not forge the receipt's address.
      const forged = await post(
        server.url,
        key,
        { "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.67" },
        "Forged",
      );
      expect(forged.status).toBe(201);
      leadIds.forged = String(((await forged.json()) as { id: string }).id);

      // Invalid keys "from" the sender's address (really from here), 25 times: limited by the socket address…
      const statuses = [];
      for (let i = 0; i < 25; i++)
        statuses.push(
          (await post(server.url, `ldk_${"C".repeat(32)}`, { "x-forwarded-for": `203.0.113.${i + 1}` }, "Bad")).status,
        );
      expect(statuses.slice(0, 21).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(21)).toEqual([429, 429, 429, 429]);
      // …and a post with a valid key from that very address is still stored.
      const valid = await post(server.url, key, { "x-forwarded-for": "203.0.113.1" }, "StillStored");
      expect(valid.status).toBe(201);
      leadIds.valid = String(((await valid.json()) as { id: string }).id);

      // Sign-in: rotating X-Forwarded-For does not escape the per-address limit (30 failures).
      const client = await signInClient(server.url);
      const outcomes = [];
      for (let i = 0; i < 32; i++)
        outcomes.push(
          await client.attempt(`spray-${i}@example.com`, "wrong password", {
            "x-forwarded-for": `198.51.100.${i + 1}`,
          }),
        );
      expect(tally(outcomes)).toEqual({ wrong: 30, throttled: 2 });
    } finally {
      await server.stop();
    }

    server = await startAppServer(3382, { ...db.env, TRUST_PROXY: "1" });
    try {
      const proxied = await post(server.url, key, { "x-forwarded-for": "6.6.6.6, 203.0.113.77" }, "Proxied");
      expect(proxied.status).toBe(201);
      leadIds.proxied = String(((await proxied.json()) as { id: string }).id);
    } finally {
      await server.stop();
    }

    const addresses = await db.use(async () => {
      const rows = await (
        await getDb()
      ).lead.findMany({
        where: { id: { in: Object.values(leadIds) } },
        select: { id: true, receipt: { select: { clientAddress: true } } },
      });
      return Object.fromEntries(
        Object.entries(leadIds).map(([name, id]) => [name, rows.find((r) => r.id === id)?.receipt?.clientAddress]),
      );
    });
    expect(addresses).toEqual({ forged: "127.0.0.1", valid: "127.0.0.1", proxied: "203.0.113.77" });
    recordFigures("forwarded-address", { forgedHeadersIgnored: 2, invalidKeyPosts: 25, validPostAfterLimit: 201 });
    await db.drop();
  });
});
