// Round-robin under concurrency: the rotation's pointer row is moved in the
// transaction that stores each lead, so posts racing on one process's
// concurrent batches, or on two app instances with pools of their own against
// one PostgreSQL, never skip or double a turn — per-user counts differ by at
// most one, and the turns taken equal the leads assigned.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { leadBody, resetRules, rule, salesUser } from "@/tests/support/assignment";
import { listeningPort, start, stop, waitFor, type Child } from "@/tests/support/child-processes";
import { newKey, post } from "@/tests/support/webhook";

const onPostgres = Boolean(process.env.DATABASE_URL);

async function rotation(size: number) {
  await resetRules();
  const users = [];
  for (let i = 0; i < size; i++) users.push(await salesUser(`rr${i}`));
  const id = await rule({ name: `Rotation of ${size}`, mode: "ROUND_ROBIN", memberIds: users.map((u) => u.id) });
  return { id, emails: users.map((u) => u.email) };
}

async function checkBalanced(
  ruleId: string,
  emails: string[],
  answers: { status: string; id: string; owner: string | null }[],
) {
  const originals = answers.filter((a) => a.status === "created");
  const perUser = emails.map((e) => originals.filter((a) => a.owner === e).length);
  expect(perUser.reduce((a, b) => a + b, 0)).toBe(originals.length);
  expect(Math.max(...perUser) - Math.min(...perUser)).toBeLessThanOrEqual(1);
  // A retry answers with its original's owner and took no turn.
  const ownerOf = new Map(originals.map((a) => [a.id, a.owner]));
  for (const retry of answers.filter((a) => a.status === "retry")) expect(retry.owner).toBe(ownerOf.get(retry.id));
  const db = await getDb();
  expect(Number((await db.assignmentRule.findUniqueOrThrow({ where: { id: ruleId } })).turns)).toBe(originals.length);
  const stored = await db.lead.groupBy({
    by: ["ownerId"],
    where: { id: { in: [...ownerOf.keys()] } },
    _count: { _all: true },
  });
  expect(stored.map((s) => s._count._all).sort()).toEqual([...perUser].sort());
}

describe("round-robin under concurrent posts", () => {
  it("concurrent batches in one process take turns without skipping or doubling", async () => {
    const { id, emails } = await rotation(3);
    const { key } = await newKey("rr-inprocess");
    const bodies = Array.from({ length: 40 }, () => leadBody());
    // Every fourth body posted twice at once: one of the two is a retry.
    const posts = bodies.flatMap((b, i) => (i % 4 === 0 ? [b, b] : [b]));
    const answers = (await Promise.all(posts.map((b) => post(key, b)))).map(
      (a) => a.json as { status: string; id: string; owner: string | null },
    );
    expect(answers.filter((a) => a.status === "created")).toHaveLength(40);
    await checkBalanced(id, emails, answers);
  });
});

describe.runIf(onPostgres)("round-robin across two app instances on one PostgreSQL", () => {
  let apps: Child[] = [];
  beforeAll(() => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_POOL_SIZE: "5", DELIVERY_WORKER: "off", PORT: "0" };
    apps = [start("scripts/bench/webhook-server.ts", env), start("scripts/bench/webhook-server.ts", env)];
  });
  afterAll(async () => {
    await stop(apps.filter((c) => c.process.exitCode === null));
  });

  it("per-user counts differ by at most one; a body posted to both instances at once takes one turn", async () => {
    const { id, emails } = await rotation(4);
    const { key } = await newKey("rr-instances");
    const output = () => apps.map((a) => a.output()).join("\n");
    await waitFor("the app instances", () => apps.every((a) => listeningPort(a) > 0), 30_000, output);
    const urls = apps.map((a) => `http://127.0.0.1:${listeningPort(a)}/api/webhooks/marketplace/${key}`);

    const bodies = Array.from({ length: 150 }, () => JSON.stringify(leadBody()));
    const posts = bodies.flatMap((body, i) =>
      i % 10 === 0
        ? [
            { body, url: urls[0]! },
            { body, url: urls[1]! },
          ]
        : [{ body, url: urls[i % 2]! }],
    );
    const answers: { status: string; id: string; owner: string | null }[] = [];
    let next = 0;
    const worker = async () => {
      while (next < posts.length) {
        const { body, url } = posts[next++]!;
        const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
        expect([200, 201]).toContain(res.status);
        answers.push((await res.json()) as { status: string; id: string; owner: string | null });
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(answers.filter((a) => a.status === "created")).toHaveLength(150);
    expect(answers.filter((a) => a.status === "retry")).toHaveLength(15);
    await checkBalanced(id, emails, answers);
    expect(await stop(apps)).toEqual([0, 0]);
  }, 90_000);
});
