// The server's own start (instrumentation.ts). MIGRATE_ON_START=1, set in the
// container image, migrates and creates the first admin here, because the
// image runs the server alone. On the embedded database the server opens it
// now and must own it: it then serves it to the CLIs (lib/db/open-embedded.ts).
// On either database it loads Prisma's query compiler before the first request
// (lib/db/client.ts, loadQueryCompiler).
import { databaseConfig, loadQueryCompiler } from "@/lib/db";
import { requireOwnership } from "@/lib/db/open-embedded";
import type { Env } from "@/lib/env";
import { prepareDatabase } from "./prepare-database";

export const migrateOnStart = (env: Env) => /^(1|true|on|yes)$/i.test(env.MIGRATE_ON_START?.trim() ?? "");

export async function prepareAtStart(env: Env = process.env): Promise<void> {
  const embedded = databaseConfig(env).kind === "pglite";
  if (embedded) requireOwnership();
  if (migrateOnStart(env)) await prepareDatabase();
  await loadQueryCompiler();
}
