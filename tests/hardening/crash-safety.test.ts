// Issue #7 part 3, crash safety: while bodies are posted 16 at a time and the
// in-app worker forwards leads to a receiver on loopback, the production server
// is SIGKILLed (its whole process tree) at seeded random moments and started
// again. Afterwards every body is a lead exactly once, every interrupted
// receipt reprocesses to no new lead, and every lead reached the receiver
// with no delivery left pending or claimed — on PostgreSQL and on PGlite.
// CRASH_SEED repeats a run; CRASH_BODIES and CRASH_KILLS change its size.
import { afterAll, describe, expect, it } from "vitest";
import { getSql } from "@/lib/db";
import { reprocessAllFailed } from "@/lib/ingest/reprocess-receipts";
import { seededRandom } from "@/lib/demo/random";
import { recordFigures } from "@/tests/support/hardening-figures";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import { startFakeHttpsReceiver, type FakeHttpsReceiver } from "@/tests/support/fake-crm/fake-https-receiver";
import { markedBodies } from "./support/marked-bodies";
import { postUntilAccepted } from "./support/post-until-accepted";
import { prepareLeadDesk } from "./support/prepare-lead-desk";
import { createScratchDatabase, type DbKind, type ScratchDatabase } from "./support/scratch-database";

const bodyCount = Number(process.env.CRASH_BODIES ?? 600);
const killCount = Number(process.env.CRASH_KILLS ?? 5);
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
console.log(`crash-safety: seed ${seed} (CRASH_SEED=${seed} repeats the kill moments and bodies)`);
if (!process.env.TEST_DATABASE_URL)
  console.log("crash-safety: TEST_DATABASE_URL is not set, so the PostgreSQL run is skipped (PGlite only).");

const began = Date.now();
const log = (text: string) => console.log(`crash-safety +${((Date.now() - began) / 1000).toFixed(1)}s ${text}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A step that must finish in time: a hang fails with its name instead of the test's time-out. */
async function within<T>(what: string, timeoutMs: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not done after ${timeoutMs} ms.`)), timeoutMs)),
  );
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for a condition; fails only when `progress` (e.g. bodies accepted) stood still for stallMs — a slow machine is not a failure. */
async function until(what: string, condition: () => boolean, stallMs: number, progress: () => number) {
  let last = progress();
  let deadline = Date.now() + stallMs;
  while (!condition()) {
    if (progress() !== last) [last, deadline] = [progress(), Date.now() + stallMs];
    if (Date.now() > deadline) throw new Error(`No progress for ${stallMs} ms waiting for ${what}.`);
    await sleep(50);
  }
}

/** What the database holds once the server is stopped. */
async function inspect() {
  const sql = await getSql();
  return {
    leads: await (sql.query(`SELECT id::text, description AS marker FROM leads`) as Promise<
      { id: string; marker: string }[]
    >),
    receipts: await (sql.query(`SELECT outcome::text, count(*)::int AS n FROM receipts GROUP BY 1`) as Promise<
      { outcome: string; n: number }[]
    >),
    deliveries: await (sql.query(
      `SELECT "leadId"::text AS "leadId", state::text, "claimedUntil" IS NOT NULL AS claimed, attempts FROM deliveries`,
    ) as Promise<{ leadId: string; state: string; claimed: boolean; attempts: number }[]>),
  };
}

const open: { db?: ScratchDatabase; server?: AppServer; receiver?: FakeHttpsReceiver } = {};
afterAll(async () => {
  await open.server?.kill();
  await open.receiver?.close();
  await open.db?.drop();
});

async function crashRun(kind: DbKind) {
  const random = seededRandom(seed + (kind === "postgres" ? 0 : 1));
  const receiver = (open.receiver = await startFakeHttpsReceiver());
  const db = (open.db = await createScratchDatabase(kind, "crash"));
  const { webhookKey } = await prepareLeadDesk(db, `${receiver.url}/leads`);
  const env = {
    ...db.env,
    DELIVERY_WORKER: "on",
    DELIVERY_POLL_MS: "100",
    // A killed worker's claims expire within moments, so its deliveries are resent during the run.
    DELIVERY_LEASE_MS: "2000",
    OUTBOUND_ALLOW_HOSTS: "127.0.0.1",
  };
  let runs = 0;
  const start = async () => {
    runs++;
    const server = (open.server = await startAppServer(kind === "postgres" ? 3150 : 3151, env));
    log(`${kind}: server up (run ${runs})`);
    return server;
  };

  const bodies = markedBodies(seed, bodyCount, `crash-${kind}`);
  let server = await start();
  const { tally, done } = postUntilAccepted(
    `${server.url}/api/webhooks/marketplace/${webhookKey}`,
    bodies.map((b) => b.body),
    16,
  );
  // Kill moments: after a random share of the bodies has been accepted, plus a random few milliseconds.
  const moments = Array.from({ length: killCount }, () => Math.floor(bodyCount * (0.05 + 0.9 * random.next()))).sort(
    (a, b) => a - b,
  );
  let kills = 0;
  for (const moment of moments) {
    await until(
      `${moment} accepted bodies`,
      () => tally.accepted >= moment,
      120_000,
      () => tally.accepted,
    );
    await sleep(random.int(250));
    await server.kill();
    kills++;
    log(
      `${kind}: kill ${kills} at ${tally.accepted} accepted, ${tally.posts} posts, ${receiver.requests.length} sends`,
    );
    server = await start();
  }
  await within("posting the last bodies", 600_000, done);
  log(`${kind}: all ${tally.accepted} bodies accepted after ${tally.posts} posts`);
  expect(tally.rejected).toEqual([]);
  expect(tally.accepted).toBe(bodyCount);

  // Every lead reaches the receiver; a restart sends again what a killed worker had claimed.
  const allReceived = () => {
    const markers = new Set(receiver.requests.map((r) => (r.json as { Description?: string } | null)?.Description));
    return bodies.every((b) => markers.has(b.marker));
  };
  let state!: Awaited<ReturnType<typeof inspect>>;
  for (let round = 0; ; round++) {
    await until("every lead at the receiver", allReceived, 180_000, () => receiver.requests.length);
    // Let the worker record the last answers, then end the server the way this test ends it: SIGKILL.
    let seen = -1;
    while (seen !== receiver.requests.length) {
      seen = receiver.requests.length;
      await sleep(1500);
    }
    await within("killing the server", 30_000, server.kill());
    state = await db.use(inspect);
    log(
      `${kind}: stopped after ${receiver.requests.length} sends; deliveries not yet delivered: ${state.deliveries.filter((d) => d.state !== "DELIVERED").length}`,
    );
    if (state.deliveries.every((d) => d.state !== "PENDING") || round === 2) break;
    server = await start();
  }

  // Exactly one lead per body (bodies posted again after a kill answered "retry", not a second lead).
  const leadsPerMarker = new Map<string, number>();
  for (const lead of state.leads) leadsPerMarker.set(lead.marker, (leadsPerMarker.get(lead.marker) ?? 0) + 1);
  expect(
    bodies
      .filter((b) => leadsPerMarker.get(b.marker) !== 1)
      .map((b) => `${b.marker}: ${leadsPerMarker.get(b.marker) ?? 0}`),
  ).toEqual([]);
  expect(state.leads).toHaveLength(bodyCount);

  // Receipts a kill interrupted are PENDING; reprocessing them finds their body already a lead.
  const outcomes = Object.fromEntries(state.receipts.map((r) => [r.outcome, r.n]));
  expect(Object.keys(outcomes).filter((o) => !["CREATED", "DUPLICATE", "RETRY", "PENDING"].includes(o))).toEqual([]);
  const interrupted = outcomes.PENDING ?? 0;
  const after = await db.use(async () => {
    const reprocessed = await reprocessAllFailed(new Date(Date.now() + 120_000));
    return { reprocessed, ...(await inspect()) };
  });
  expect(after.reprocessed.tried).toBe(interrupted);
  expect(after.leads).toHaveLength(bodyCount);
  expect(after.receipts.find((r) => r.outcome === "PENDING")).toBeUndefined();

  // One delivery per lead, all sent, none left claimed; the receiver got every lead at least once.
  const leadIds = new Set(state.leads.map((l) => l.id));
  expect(state.deliveries).toHaveLength(bodyCount);
  expect(new Set(state.deliveries.map((d) => d.leadId))).toEqual(leadIds);
  expect(state.deliveries.filter((d) => d.state !== "DELIVERED" || d.claimed)).toEqual([]);
  const sends = receiver.requests.map((r) => (r.json as { LeadId?: string }).LeadId!);
  expect(new Set(sends)).toEqual(leadIds);
  const resent = sends.length - leadIds.size;

  const figures = {
    seed,
    runs,
    kills,
    posts: tally.posts,
    unanswered: tally.unanswered,
    answered503: tally.statuses[503] ?? 0,
    bodiesRetried: tally.retriedBodies.size,
    accepted: tally.accepted,
    leads: state.leads.length,
    receiptsInterrupted: interrupted,
    deliveries: state.deliveries.length,
    sends: sends.length,
    resent,
  };
  console.log(`crash-safety ${kind}: ${JSON.stringify(figures)}`);
  recordFigures(`crash-safety-${kind}`, figures);

  await receiver.close();
  await db.drop();
  open.server = open.receiver = open.db = undefined;
}

describe("crash safety: SIGKILL under ingestion and delivery load", () => {
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "on PostgreSQL (runs when TEST_DATABASE_URL is set)",
    () => crashRun("postgres"),
    30 * 60_000,
  );
  it("on PGlite", () => crashRun("pglite"), 30 * 60_000);
});
