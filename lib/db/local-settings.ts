// Settings for one statement: `SET LOCAL` in the statement's own transaction,
// so they end with it and never stay on a pooled session that others reuse.
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "./client";

/**
 * Room for exact bitmaps and in-memory sorts. In PostgreSQL's default 4 MB, a
 * common search term's bitmap at ten million leads turns lossy (every lead on
 * its pages is tested again) and a report's sort spills to disk.
 */
export const LARGE_WORK_MEM = "SET LOCAL work_mem = '64MB'";

/** The statement's rows (unknown: they are parsed, lib/db/README.md). */
export async function withLocalSettings(
  settings: readonly string[],
  query: Prisma.PrismaPromise<unknown>,
): Promise<unknown> {
  if (!settings.length) return query;
  const db = await getDb();
  const results: unknown[] = await db.$transaction([
    ...settings.map((setting) => db.$executeRawUnsafe(setting)),
    query,
  ]);
  return results.at(-1);
}
