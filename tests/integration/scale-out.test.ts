// Scale-out on one PostgreSQL: two app processes take webhook posts at the
// same time while two `npm run worker` processes deliver, and every lead
// arrives at the receiver exactly once — none lost, none sent twice — with
// retried bodies (the same post to both instances at once) stored once.
//
// The app processes are the real webhook handler (lib/ingest
// handleMarketplaceWebhook) behind plain Node HTTP servers
// (scripts/bench/webhook-server.ts), not `next start`: a production build on
// two cores takes minutes, and a prebuilt .next may be stale or rebuilt under
// the test by someone else. What scale-out depends on — advisory locks,
// transactions, SKIP LOCKED claims — lives below the handler, so it is all here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { demoCustomer, demoLeadBody } from "@/lib/demo/demo-leads";
import { seededRandom } from "@/lib/demo/random";
import { startFakeHttpsReceiver, type FakeHttpsReceiver } from "@/tests/support/fake-crm/fake-https-receiver";
import { allowLoopbackForFakes } from "@/tests/support/fake-crm/test-helpers";
import { createDestination } from "@/tests/support/delivery";
import { newKey } from "@/tests/support/webhook";
import { listeningPort as port, start, stop, waitFor, type Child } from "@/tests/support/child-processes";

allowLoopbackForFakes();
const onPostgres = Boolean(process.env.DATABASE_URL);

describe.runIf(onPostgres)("scale-out: two app instances and two workers on one PostgreSQL", () => {
  let receiver: FakeHttpsReceiver;
  let apps: Child[] = [];
  let workers: Child[] = [];

  beforeAll(async () => {
    receiver = await startFakeHttpsReceiver();
  });
  afterAll(async () => {
    await stop([...apps, ...workers].filter((c) => c.process.exitCode === null));
    await receiver.close();
  });

  it("delivers every lead posted to either instance exactly once under load", async () => {
    await createDestination("HTTPS", { url: `${receiver.url}/hook` });
    const { key } = await newKey("scale-out");
    // Shared by every process, as in production: the database, ENCRYPTION_KEY (the destination's sealed config).
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_POOL_SIZE: "5",
      DELIVERY_POLL_MS: "50",
      OUTBOUND_ALLOW_HOSTS: "127.0.0.1",
      PORT: "0",
    };
    apps = [start("scripts/bench/webhook-server.ts", env), start("scripts/bench/webhook-server.ts", env)];
    workers = [start("scripts/worker.ts", env), start("scripts/worker.ts", env)];
    const everyone = () => [...apps, ...workers].map((c) => c.output()).join("\n");
    await waitFor("the app instances", () => apps.every((a) => port(a) > 0), 30_000, everyone);
    await waitFor(
      "the workers",
      () => workers.every((w) => w.output().includes("Delivery worker started")),
      30_000,
      everyone,
    );
    const urls = apps.map((a) => `http://127.0.0.1:${port(a)}/api/webhooks/marketplace/${key}`);

    // 240 realistic bodies: repeat customers (duplicates), a few test and
    // do-not-contact leads (not forwarded by default), and every 10th body
    // posted to both instances at once (the second is a retry of the first).
    const random = seededRandom(7);
    const customers = Array.from({ length: 160 }, (_, i) => demoCustomer(random, 900_000 + i));
    const bodies = Array.from({ length: 240 }, () =>
      JSON.stringify(demoLeadBody(random, random.pick(customers), { test: random.chance(0.02) })),
    );
    const posts = bodies.flatMap((body, i) =>
      i % 10 === 0
        ? [
            { body, url: urls[0]! },
            { body, url: urls[1]! },
          ]
        : [{ body, url: urls[i % 2]! }],
    );
    const answers: { status: number; id: string; outcome: string; url: string }[] = [];
    let next = 0;
    const post = async () => {
      while (next < posts.length) {
        const { body, url } = posts[next++]!;
        const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
        const json = (await res.json()) as { id: string; status: string };
        answers.push({ status: res.status, id: json.id, outcome: json.status, url });
      }
    };
    await Promise.all(Array.from({ length: 16 }, post)); // 16 in flight, spread over both instances

    expect(answers.filter((a) => a.status !== 200 && a.status !== 201)).toEqual([]);
    expect(new Set(answers.map((a) => a.url)).size).toBe(2);
    const leadIds = [...new Set(answers.map((a) => a.id))];
    // A body posted again (to either instance, even at the same moment) is a retry of one lead.
    const distinct = new Set(bodies).size;
    expect(answers.filter((a) => a.outcome === "retry")).toHaveLength(posts.length - distinct);
    expect(leadIds).toHaveLength(distinct);

    const db = await getDb();
    expect(await db.lead.count({ where: { id: { in: leadIds } } })).toBe(distinct);
    const forwarded = await db.lead.findMany({
      where: { id: { in: leadIds }, isTest: false, doNotContact: false },
      select: { id: true },
    });
    expect(forwarded.length).toBeGreaterThan(200);
    await waitFor(
      "every delivery",
      async () =>
        (await db.delivery.count({ where: { leadId: { in: leadIds }, state: "DELIVERED" } })) === forwarded.length,
      60_000,
      everyone,
    );
    expect(await db.delivery.count({ where: { leadId: { in: leadIds } } })).toBe(forwarded.length);

    // At the receiver: each forwarded lead exactly once.
    const seen = new Map<string, number>();
    for (const req of receiver.received("/hook")) {
      const id = (req.json as { LeadId: string }).LeadId;
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual(forwarded.map((l) => l.id).sort());
    expect([...seen.values()].filter((n) => n !== 1)).toEqual([]);
    expect(await db.deliveryAttempt.count({ where: { delivery: { leadId: { in: leadIds } } } })).toBe(forwarded.length);

    // Graceful stops: workers finish their batch, instances close their pools.
    expect(await stop(workers)).toEqual([0, 0]);
    expect(await stop(apps)).toEqual([0, 0]);
  }, 110_000);
});
