// The one Prisma client of this process, created on first use (never at
// import), so `next build` and modules that merely import it never open the
// embedded database.
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseConfig, type DatabaseConfig } from "./config";
import { openAdapter, type OpenAdapter } from "./adapter";
import type { RawSql } from "./raw-sql";

export type Db = PrismaClient;

interface Connection {
  config: DatabaseConfig;
  adapter: OpenAdapter;
  prisma: PrismaClient;
}

// Kept on globalThis so dev-server reloads reuse one connection.
const state = globalThis as unknown as { __leaddeskDb?: Promise<Connection> };

export function connect(): Promise<Connection> {
  state.__leaddeskDb ??= (async () => {
    const config = databaseConfig();
    const adapter = await openAdapter(config);
    const prisma = new PrismaClient({ adapter: adapter.factory });
    return { config, adapter, prisma };
  })();
  return state.__leaddeskDb;
}

/** Plain SQL for hot paths (see raw-sql.ts); Prisma everywhere else. */
export async function getSql(): Promise<RawSql> {
  return (await connect()).adapter.sql;
}

/**
 * Loads Prisma's query compiler, which Prisma imports (an ES module holding its
 * WebAssembly) on the client's first use. The server calls this at start
 * (lib/startup/prepare-at-start.ts): imported under the first request instead,
 * the ES module loader's own promises met Node's async-context hooks, and the
 * hooks' lookups stayed slower for every promise after (docs/performance.md,
 * sixteenth round). Sends nothing to the database.
 */
export async function loadQueryCompiler(): Promise<void> {
  await (await getDb()).$connect();
}

/** Prisma client for this process' database. */
export async function getDb(): Promise<PrismaClient> {
  return (await connect()).prisma;
}

export async function disconnect(): Promise<void> {
  const pending = state.__leaddeskDb;
  state.__leaddeskDb = undefined;
  if (!pending) return;
  const { prisma, adapter } = await pending;
  await prisma.$disconnect();
  await adapter.close();
}
