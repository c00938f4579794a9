// Several workers on one database never send a delivery twice: in-process
// workers racing over one pool (both databases), `npm run worker` processes
// side by side (PostgreSQL), and SKIP LOCKED passing over rows another
// transaction holds instead of waiting for them (PostgreSQL).
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { claimDueDeliveries } from "@/lib/delivery/claim-deliveries";
import { createDeliveryWorker } from "@/lib/delivery/delivery-worker";
import { allowLoopbackForFakes } from "@/tests/support/fake-crm/test-helpers";
import { createDestination, marketplaceBody, postLead } from "@/tests/support/delivery";

allowLoopbackForFakes();
const onPostgres = Boolean(process.env.DATABASE_URL);

/** A receiver that takes a little while per request (so sends overlap) and counts deliveries per lead. */
async function slowReceiver(delayMs = 15) {
  const perLead = new Map<string, number>();
  let total = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      total += 1;
      const id = (JSON.parse(body) as { LeadId: string }).LeadId;
      perLead.set(id, (perLead.get(id) ?? 0) + 1);
      setTimeout(() => res.writeHead(200).end("ok"), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    perLead,
    total: () => total,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

let receiver: Awaited<ReturnType<typeof slowReceiver>>;
beforeEach(async () => {
  receiver = await slowReceiver();
});
afterEach(async () => {
  await receiver.close();
  await (await getDb()).destination.deleteMany({});
});

async function queueLeads(count: number): Promise<string[]> {
  await createDestination("HTTPS", { url: receiver.url });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await postLead(marketplaceBody()));
  return ids;
}

async function waitUntilDelivered(leadIds: string[], timeoutMs = 60_000) {
  const db = await getDb();
  const deadline = Date.now() + timeoutMs;
  while ((await db.delivery.count({ where: { leadId: { in: leadIds }, state: "DELIVERED" } })) < leadIds.length) {
    if (Date.now() > deadline) throw new Error("Deliveries did not finish in time.");
    await new Promise((r) => setTimeout(r, 100));
  }
}

function expectEachOnce(leadIds: string[]) {
  expect(receiver.total()).toBe(leadIds.length);
  expect([...receiver.perLead.keys()].sort()).toEqual([...leadIds].sort());
  expect([...receiver.perLead.values()].every((n) => n === 1)).toBe(true);
}

describe("concurrent workers", () => {
  it("two workers running at once deliver each of many leads exactly once", async () => {
    const leadIds = await queueLeads(60);
    const workers = [1, 2].map(() =>
      createDeliveryWorker({ pollMs: 20, batchSize: 4, leaseMs: 60_000, timeoutMs: 5000 }),
    );
    const taken = [0, 0];
    // Count what each worker takes, to show both did work.
    const rounds = workers.map(async (w, i) => {
      for (let n = -1; n !== 0;) taken[i]! += n = await w.runOnce();
    });
    await Promise.all(rounds);
    await waitUntilDelivered(leadIds);
    expectEachOnce(leadIds);
    expect(taken[0]! + taken[1]!).toBe(60);
    if (onPostgres) expect(Math.min(...taken)).toBeGreaterThan(0);
    const db = await getDb();
    expect(await db.deliveryAttempt.count({ where: { deliveryId: { not: null } } })).toBe(60);
  });

  it.runIf(onPostgres)(
    "two `npm run worker` processes on one PostgreSQL deliver each lead exactly once",
    async () => {
      const env = { ...process.env, DELIVERY_POLL_MS: "50", OUTBOUND_ALLOW_HOSTS: "127.0.0.1" };
      const script = path.resolve(import.meta.dirname, "../../scripts/worker.ts");
      const tsx = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
      let leadIds: string[] = [];
      const children: ChildProcess[] = [1, 2].map(() =>
        spawn(tsx, [script], { env, stdio: ["ignore", "pipe", "pipe"] }),
      );
      const output = children.map(() => "");
      children.forEach((c, i) => {
        c.stdout!.on("data", (d: Buffer) => (output[i] += d.toString()));
        c.stderr!.on("data", (d: Buffer) => (output[i] += d.toString()));
      });
      try {
        // Both running before the race starts, so both take part in it.
        const deadline = Date.now() + 30_000;
        while (!output.every((o) => o.includes("Delivery worker started")) && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 50));
        // Leads arrive while both poll.
        leadIds = await queueLeads(40);
        await waitUntilDelivered(leadIds);
      } finally {
        // Graceful stop: SIGTERM, the worker finishes its batch and exits 0.
        const exits = children.map(
          (c) => new Promise<number | null>((resolve) => c.once("exit", (code) => resolve(code))),
        );
        children.forEach((c) => c.kill("SIGTERM"));
        expect(await Promise.all(exits)).toEqual([0, 0]);
      }
      expectEachOnce(leadIds);
      for (const out of output) {
        expect(out).toContain("Delivery worker started");
        expect(out).toContain("Delivery worker stopped.");
      }
    },
    90_000,
  );

  it.runIf(onPostgres)("a claim passes over rows another transaction has locked, without waiting", async () => {
    const leadIds = await queueLeads(3);
    const db = await getDb();
    const [locked] = await db.delivery.findMany({
      where: { leadId: { in: leadIds } },
      orderBy: { createdAt: "asc" },
      take: 1,
    });
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query('SELECT 1 FROM "deliveries" WHERE "id" = $1 FOR UPDATE', [locked!.id]);
      const started = Date.now();
      const claims = await claimDueDeliveries({ limit: 10, leaseMs: 60_000 });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(claims).toHaveLength(2);
      expect(claims.map((c) => c.id)).not.toContain(locked!.id);
      await other.query("ROLLBACK");
      const rest = await claimDueDeliveries({ limit: 10, leaseMs: 60_000 });
      expect(rest.map((c) => c.id)).toEqual([locked!.id]);
    } finally {
      await other.end();
    }
  });

  it("a started worker delivers on its own, and stop() lets the send in flight finish", async () => {
    await receiver.close();
    receiver = await slowReceiver(700);
    const [leadId] = await queueLeads(1);
    const worker = createDeliveryWorker({ pollMs: 50, batchSize: 4, leaseMs: 60_000, timeoutMs: 5000 });
    worker.start();
    const deadline = Date.now() + 10_000;
    while (receiver.total() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(receiver.total()).toBe(1); // the request is in, its answer still 700 ms away
    await worker.stop();
    const db = await getDb();
    expect(await db.delivery.findFirstOrThrow({ where: { leadId } })).toMatchObject({
      state: "DELIVERED",
      claimedUntil: null,
    });
    // Stopped means stopped: a new lead waits for the next worker.
    const [later] = await queueLeads(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await db.delivery.findFirstOrThrow({ where: { leadId: later } })).toMatchObject({
      state: "PENDING",
      attempts: 0,
    });
  });
});
