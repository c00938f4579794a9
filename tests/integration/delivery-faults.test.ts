// How the worker rides out failures: outages, 5xx backoff, permanent 4xx,
// 429 + Retry-After, a worker that dies holding a claim, disabled and deleted
// destinations, and an admin's retry / replay.
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { maxAttempts } from "@/lib/delivery/backoff";
import { claimDueDeliveries } from "@/lib/delivery/claim-deliveries";
import { replayFailedDeliveries, retryDelivery } from "@/lib/delivery/requeue";
import { deleteDestination, setDestinationEnabled } from "@/lib/destinations/manage-destination";
import { startFakeHttpsReceiver, type FakeHttpsReceiver } from "@/tests/support/fake-crm/fake-https-receiver";
import { allowLoopbackForFakes } from "@/tests/support/fake-crm/test-helpers";
import { createDestination, deliveryOf, drain, makeDue, postLead } from "@/tests/support/delivery";

allowLoopbackForFakes();
let receiver: FakeHttpsReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  await (await getDb()).destination.deleteMany({});
});

async function httpsDestination() {
  receiver = await startFakeHttpsReceiver();
  return createDestination("HTTPS", { url: `${receiver.url}/hook` });
}

describe("delivery faults", () => {
  it("a destination that is down, then back, gets the lead", async () => {
    // Find a port, then let nothing listen on it: connection refused.
    const probe = await startFakeHttpsReceiver();
    const port = probe.port;
    await probe.close();
    const dest = await createDestination("HTTPS", { url: `http://127.0.0.1:${port}/hook` });
    const leadId = await postLead();

    await drain();
    let delivery = await deliveryOf(leadId, dest);
    expect(delivery).toMatchObject({ state: "PENDING", attempts: 1, lastStatus: null });
    expect(delivery.lastError).toMatch(/ECONNREFUSED/);
    expect(delivery.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(delivery.attemptLog[0]!.verdict).toMatch(/Could not reach .* the lead will be retried/);

    // Back up on the same port.
    const bodies: string[] = [];
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => (bodies.push(body), res.writeHead(200).end("ok")));
    });
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      await makeDue(delivery.id);
      await drain();
      delivery = await deliveryOf(leadId, dest);
      expect(delivery).toMatchObject({ state: "DELIVERED", attempts: 2, lastStatus: 200, lastError: null });
      expect(bodies).toHaveLength(1);
      expect(JSON.parse(bodies[0]!).LeadId).toBe(leadId);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("500s back off with growing waits, then the lead arrives", async () => {
    const dest = await httpsDestination();
    receiver!.failNext("/hook", { status: 500, body: "boom" }, 3);
    const leadId = await postLead();
    const waits: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const before = Date.now();
      await drain({ random: () => 0.5 }); // no jitter
      const d = await deliveryOf(leadId, dest);
      expect(d).toMatchObject({ state: "PENDING", attempts: i, lastStatus: 500 });
      waits.push(d.nextAttemptAt.getTime() - before);
      await makeDue(d.id);
    }
    // 10 s, 1 min, 5 min (the schedule in backoff.ts), each longer than the last.
    expect(waits[0]).toBeGreaterThanOrEqual(9_000);
    expect(waits[0]).toBeLessThan(12_000);
    expect(waits[1]).toBeGreaterThan(55_000);
    expect(waits[2]).toBeGreaterThan(290_000);
    await drain();
    const done = await deliveryOf(leadId, dest);
    expect(done).toMatchObject({ state: "DELIVERED", attempts: 4 });
    expect(done.attemptLog.map((a) => a.httpStatus)).toEqual([500, 500, 500, 202]);
    expect(receiver!.requests).toHaveLength(4);
  });

  it("a 400 is permanent: dead after one attempt, never sent again", async () => {
    const dest = await httpsDestination();
    receiver!.failNext("/hook", { status: 400, body: JSON.stringify({ message: "email is invalid" }) });
    const leadId = await postLead();
    await drain();
    const d = await deliveryOf(leadId, dest);
    expect(d).toMatchObject({ state: "DEAD", attempts: 1, lastStatus: 400 });
    expect(d.attemptLog[0]!.verdict).toContain("Retrying will not help");
    await makeDue(d.id);
    expect(await drain()).toBe(0);
    expect(receiver!.requests).toHaveLength(1);
  });

  it("a 408 is retried, unlike other 4xx", async () => {
    const dest = await httpsDestination();
    receiver!.failNext("/hook", { status: 408 });
    const leadId = await postLead();
    await drain();
    expect(await deliveryOf(leadId, dest)).toMatchObject({ state: "PENDING", attempts: 1, lastStatus: 408 });
  });

  it("a 429 waits exactly as long as Retry-After asks", async () => {
    const dest = await httpsDestination();
    receiver!.failNext("/hook", { status: 429, headers: { "Retry-After": "120" } });
    const leadId = await postLead();
    const before = Date.now();
    await drain();
    const d = await deliveryOf(leadId, dest);
    expect(d).toMatchObject({ state: "PENDING", attempts: 1, lastStatus: 429 });
    const wait = d.nextAttemptAt.getTime() - before;
    expect(wait).toBeGreaterThanOrEqual(119_000);
    expect(wait).toBeLessThan(125_000);
    expect(d.attemptLog[0]!.verdict).toContain("the server asked to wait 120 s");
  });

  it("after the last attempt the delivery is dead", async () => {
    const dest = await httpsDestination();
    const leadId = await postLead();
    const db = await getDb();
    const d = await deliveryOf(leadId, dest);
    await db.delivery.update({ where: { id: d.id }, data: { attempts: maxAttempts - 1 } });
    receiver!.failNext("/hook", { status: 503 });
    await drain();
    expect(await deliveryOf(leadId, dest)).toMatchObject({ state: "DEAD", attempts: maxAttempts, lastStatus: 503 });
  });

  it("a worker killed mid-delivery loses nothing: the lead is sent exactly once after its claim expires", async () => {
    const dest = await httpsDestination();
    const leadId = await postLead();
    // The "killed" worker: claims and never completes.
    const claims = await claimDueDeliveries({ limit: 10, leaseMs: 60_000 });
    expect(claims).toHaveLength(1);
    // While the claim holds, nobody else takes it.
    expect(await drain()).toBe(0);
    expect(receiver!.requests).toHaveLength(0);
    // The lease runs out.
    const db = await getDb();
    await db.delivery.update({ where: { id: claims[0]!.id }, data: { claimedUntil: new Date(Date.now() - 1000) } });
    expect(await drain()).toBe(1);
    expect(await drain()).toBe(0);
    expect(receiver!.requests).toHaveLength(1);
    expect(await deliveryOf(leadId, dest)).toMatchObject({ state: "DELIVERED", attempts: 1 });
  });

  it("a worker that overran its lease cannot overwrite the state under the new owner's claim", async () => {
    const dest = await httpsDestination();
    const leadId = await postLead();
    const db = await getDb();
    const [stale] = await claimDueDeliveries({ limit: 10, leaseMs: 60_000 });
    await db.delivery.update({ where: { id: stale!.id }, data: { claimedUntil: new Date(Date.now() - 1000) } });
    const [fresh] = await claimDueDeliveries({ limit: 10, leaseMs: 60_000 });
    expect(fresh!.id).toBe(stale!.id);
    const { processDelivery } = await import("@/lib/delivery/process-delivery");
    expect(await processDelivery(stale!)).toBe("lost-claim");
    // The attempt is logged, but the row still belongs to the new owner.
    const d = await deliveryOf(leadId, dest);
    expect(d).toMatchObject({ state: "PENDING", attempts: 0 });
    expect(d.claimedUntil?.getTime()).toBe(fresh!.claimedUntil.getTime());
    expect(d.attemptLog).toHaveLength(1);
    expect(await processDelivery(fresh!)).toBe("delivered");
    expect(await deliveryOf(leadId, dest)).toMatchObject({ state: "DELIVERED", attempts: 1 });
  });

  it("disabling a destination cancels its queue; retry sends a cancelled one after re-enabling", async () => {
    const dest = await httpsDestination();
    const leadId = await postLead();
    expect(await setDestinationEnabled(dest, false)).toMatchObject({ cancelled: 1 });
    expect(await drain()).toBe(0);
    const d = await deliveryOf(leadId, dest);
    expect(d.state).toBe("CANCELLED");
    // Leads arriving while disabled are not queued at all.
    const later = await postLead();
    expect(await (await getDb()).delivery.count({ where: { leadId: later } })).toBe(0);

    await expect(retryDelivery(d.id)).rejects.toThrow(/disabled/);
    await setDestinationEnabled(dest, true);
    await retryDelivery(d.id);
    await drain();
    expect(await deliveryOf(leadId, dest)).toMatchObject({ state: "DELIVERED", attempts: 1 });
    expect(receiver!.requests).toHaveLength(1);
  });

  it("a delivery claimed just as its destination is disabled is cancelled, not sent", async () => {
    const dest = await httpsDestination();
    const leadId = await postLead();
    const [claim] = await claimDueDeliveries({ limit: 10, leaseMs: 60_000 });
    await (await getDb()).destination.update({ where: { id: dest }, data: { enabled: false } });
    const { processDelivery } = await import("@/lib/delivery/process-delivery");
    expect(await processDelivery(claim!)).toBe("cancelled");
    expect(receiver!.requests).toHaveLength(0);
    expect((await deliveryOf(leadId, dest)).state).toBe("CANCELLED");
  });

  it("deleting a destination reports the pending deliveries it cancels", async () => {
    const dest = await httpsDestination();
    await postLead();
    await postLead();
    expect(await deleteDestination(dest)).toMatchObject({ cancelled: 2 });
    const db = await getDb();
    expect(await db.delivery.count({ where: { destinationId: dest } })).toBe(0);
    expect(await drain()).toBe(0);
  });

  it("retry one and replay all failed put dead deliveries back, due now, with a fresh schedule", async () => {
    const dest = await httpsDestination();
    receiver!.failNext("/hook", { status: 400 }, 3);
    const leads = [await postLead(), await postLead(), await postLead()];
    await drain();
    const dead = await Promise.all(leads.map((l) => deliveryOf(l, dest)));
    expect(dead.map((d) => d.state)).toEqual(["DEAD", "DEAD", "DEAD"]);

    await retryDelivery(dead[0]!.id);
    expect(await deliveryOf(leads[0]!, dest)).toMatchObject({ state: "PENDING", attempts: 0 });
    await drain();
    expect((await deliveryOf(leads[0]!, dest)).state).toBe("DELIVERED");
    await expect(retryDelivery(dead[0]!.id)).rejects.toThrow(/Only failed or cancelled/);

    expect(await replayFailedDeliveries(dest)).toBe(2);
    await drain();
    const after = await Promise.all(leads.map((l) => deliveryOf(l, dest)));
    expect(after.map((d) => d.state)).toEqual(["DELIVERED", "DELIVERED", "DELIVERED"]);
    // Each delivery's log keeps the failed attempt and the successful one.
    expect(after[1]!.attemptLog.map((a) => a.ok)).toEqual([false, true]);
    expect(receiver!.requests).toHaveLength(6);
  });
});
