// Settings for one statement: set_config(…, is_local => true), i.e. `SET LOCAL`,
// in the statement's own transaction, so they end with it and never stay on a
// pooled session that others reuse.
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "./client";

export type LocalSettings = Readonly<Record<string, string>>;

/**
 * Room for exact bitmaps and in-memory sorts. In PostgreSQL's default 4 MB, a
 * common search term's bitmap at ten million leads turns lossy (every lead on
 * its pages is tested again).
 */
export const LARGE_WORK_MEM: LocalSettings = { work_mem: "64MB" };

/**
 * A batch transaction has Prisma's interactive limits (2 s to get a
 * connection, 5 s to finish) that a plain statement does not: a slow read at
 * ten million leads, or a busy pool, must not turn into an error page.
 */
export const NO_CLIENT_LIMITS = { maxWait: 60_000, timeout: 300_000 } as const;

/** The statement's rows (unknown: they are parsed, lib/db/README.md). */
export async function withLocalSettings(
  settings: LocalSettings,
  query: Prisma.PrismaPromise<unknown>,
): Promise<unknown> {
  const entries = Object.entries(settings);
  if (!entries.length) return query;
  const db = await getDb();
  const results: unknown[] = await db.$transaction(
    [...entries.map(([name, value]) => db.$queryRaw`SELECT set_config(${name}, ${value}, true)`), query],
    NO_CLIENT_LIMITS,
  );
  return results.at(-1);
}
