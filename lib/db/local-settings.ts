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

/** The statement's rows (unknown: they are parsed, lib/db/README.md). */
export async function withLocalSettings(
  settings: LocalSettings,
  query: Prisma.PrismaPromise<unknown>,
): Promise<unknown> {
  const entries = Object.entries(settings);
  if (!entries.length) return query;
  const db = await getDb();
  const results: unknown[] = await db.$transaction([
    ...entries.map(([name, value]) => db.$queryRaw`SELECT set_config(${name}, ${value}, true)`),
    query,
  ]);
  return results.at(-1);
}
