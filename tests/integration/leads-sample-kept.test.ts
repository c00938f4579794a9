// The page sample that broad filters are estimated from is kept in a table of
// its own (lead_sample): it holds what TABLESAMPLE of the leads reads, the
// filter's SQL reads it as it reads the leads, it is reused while young (a
// triage change reaches the estimates only when it is taken again), served
// while it is taken again in the background once older than refreshAfterMs,
// and taken before it is read once older than maxAgeMs; a server that has just
// started treats the stored sample the same way.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { parseRows } from "@/lib/db/rows";
import type { SessionUser } from "@/lib/auth/session";
import { leadFilterSql } from "@/lib/leads/lead-filter-sql";
import { estimateMatches, leadSample, type TableSampling } from "@/lib/leads/table-sample";
import type * as TableSample from "@/lib/leads/table-sample";
import { insertLeadsInBulk, LARGE_TABLE_LEADS, params, sampleHalf, seedUser } from "@/tests/support/leads";

const now = new Date();
const HOUR = 60 * 60_000;
const kept: TableSampling = { ...sampleHalf, refreshAfterMs: HOUR, maxAgeMs: HOUR };
const refreshing: TableSampling = { ...sampleHalf, refreshAfterMs: 0, maxAgeMs: HOUR };

/** The estimate once a background take has made one (polled for up to 10 s), else undefined. */
async function afterBackgroundTake(estimate: () => Promise<number | undefined>): Promise<number | undefined> {
  let found: number | undefined;
  for (let tries = 0; found === undefined && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    found = await estimate();
  }
  return found;
}

describe("the kept page sample", () => {
  let me: SessionUser;

  beforeAll(async () => {
    me = await seedUser();
    await insertLeadsInBulk(LARGE_TABLE_LEADS, 0);
  });

  it("holds the leads TABLESAMPLE reads at its share of the pages, with their values and pages", async () => {
    const sample = (await leadSample(sampleHalf))!;
    expect(sample.scale).toBeGreaterThan(1);
    const db = await getDb();
    const row = z.object({ id: z.string(), page: z.number(), status: z.string(), searchText: z.string() });
    const stored = parseRows(
      row,
      await db.$queryRawUnsafe(`SELECT id::text, page, status::text, "searchText" FROM lead_sample ORDER BY id`),
    );
    const read = parseRows(
      row,
      await db.$queryRawUnsafe(
        `SELECT id::text, (ctid::text::point)[0]::int AS page, status::text, "searchText"
         FROM leads TABLESAMPLE SYSTEM (${100 / sample.scale}) REPEATABLE (7) ORDER BY id`,
      ),
    );
    expect(stored.length).toBeGreaterThan(LARGE_TABLE_LEADS / 4);
    expect(stored.length).toBeLessThan(LARGE_TABLE_LEADS);
    expect(stored).toEqual(read);
  });

  it("is reused while young, and taken again before it is read once older than its age", async () => {
    const db = await getDb();
    const won = leadFilterSql(params("status=WON"), me.id, { now });
    await db.$executeRawUnsafe(`UPDATE leads SET status = 'NEW' WHERE status = 'WON'`);
    expect(await estimateMatches(won, sampleHalf)).toBeUndefined(); // taken now: no WON lead to estimate
    await db.$executeRawUnsafe(`UPDATE leads SET status = 'WON'`);
    // Young enough: the sample still says no lead is WON.
    expect(await estimateMatches(won, kept)).toBeUndefined();
    // Older than its age (sampleHalf: 0 ms): taken again, every lead is WON.
    const estimate = await estimateMatches(won, sampleHalf);
    expect(estimate).toBeGreaterThan(LARGE_TABLE_LEADS * 0.7);
    expect(estimate).toBeLessThan(LARGE_TABLE_LEADS * 1.3);
    // And reused from then on.
    await db.$executeRawUnsafe(`UPDATE leads SET status = 'NEW'`);
    expect(await estimateMatches(won, kept)).toBe(estimate);
  });

  it("is served as it is while it is taken again in the background", async () => {
    const db = await getDb();
    const won = leadFilterSql(params("status=WON"), me.id, { now });
    await db.$executeRawUnsafe(`UPDATE leads SET status = 'NEW'`);
    expect(await estimateMatches(won, sampleHalf)).toBeUndefined(); // taken now
    await db.$executeRawUnsafe(`UPDATE leads SET status = 'WON'`);
    // Due for a refresh but young enough to serve: the viewer gets it at once, the take runs behind.
    expect(await estimateMatches(won, refreshing)).toBeUndefined();
    // `kept` never starts a take itself, so the estimate changes only through the background one.
    const estimate = await afterBackgroundTake(() => estimateMatches(won, kept));
    expect(estimate).toBeGreaterThan(LARGE_TABLE_LEADS * 0.7);
  });

  // A fresh copy of the module knows nothing of the sample, as a server that has just started; the
  // database connection is shared (lib/db/client.ts keeps it on globalThis).
  async function startedServer(): Promise<typeof TableSample> {
    vi.resetModules();
    return import("@/lib/leads/table-sample");
  }

  it("is served as stored by a server that has just started while it is taken again, unless too old", async () => {
    const db = await getDb();
    const won = leadFilterSql(params("status=WON"), me.id, { now });
    await db.$executeRawUnsafe(`UPDATE leads SET status = 'NEW'`);
    expect(await estimateMatches(won, sampleHalf)).toBeUndefined(); // taken and stored now
    await db.$executeRawUnsafe(`UPDATE leads SET status = 'WON'`);
    // Due for a refresh, young enough to serve: the stored sample (no lead WON) at once, the take behind it.
    const started = await startedServer();
    expect(await started.estimateMatches(won, refreshing)).toBeUndefined();
    const estimate = await afterBackgroundTake(() => started.estimateMatches(won, kept));
    expect(estimate).toBeGreaterThan(LARGE_TABLE_LEADS * 0.7);
    // Older than its age (sampleHalf: 0 ms): a server that has just started takes it before reading.
    await db.$executeRawUnsafe(`UPDATE leads SET status = 'NEW'`);
    expect(await (await startedServer()).estimateMatches(won, sampleHalf)).toBeUndefined();
  });
});
