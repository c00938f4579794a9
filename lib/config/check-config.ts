// The whole configuration, checked before a process does anything: `npm start`,
// the server itself (instrumentation.ts, which is all the container runs),
// `npm run worker` and every CLI (scripts/run-script.ts). Each concern is a
// file of its own exporting check<Concern>(env) → one line per problem, saying
// how to fix it. To add a check, import it and add it to `checks`.
import type { Env } from "@/lib/env";
import { checkAppUrl } from "./app-url";
import { checkAuthSecret } from "./auth-secret";
import { checkDatabase } from "./database";
import { checkDatabaseConnection } from "./database-connection";
import { checkDelivery } from "./delivery";
import { checkEncryptionKey } from "./encryption-key";
import { checkEntra } from "./entra";
import { checkLogging } from "./logging";
import { checkMail } from "./mail";
import { checkMetrics } from "./metrics";
import { checkPort } from "./port";
import { checkTrustProxy } from "./trust-proxy";

const checks: ((env: Env) => string[])[] = [
  checkDatabase,
  checkAuthSecret,
  checkEncryptionKey,
  checkAppUrl,
  checkPort,
  checkTrustProxy,
  checkDelivery,
  checkEntra,
  checkLogging,
  checkMetrics,
  checkMail,
];

/** Every problem in the environment's settings (no I/O). */
export function checkConfig(env: Env): string[] {
  return checks.flatMap((check) => check(env));
}

/** checkConfig, then (when the settings are sound) whether the database answers. */
export async function checkConfigAndDatabase(env: Env): Promise<string[]> {
  const problems = checkConfig(env);
  return problems.length ? problems : checkDatabaseConnection(env);
}

/** Prints every problem, one line each, and exits with 1; returns when there is none. */
export async function exitOnConfigProblems(env: Env = process.env): Promise<void> {
  const problems = await checkConfigAndDatabase(env);
  if (!problems.length) return;
  console.error(`Lead desk cannot start: ${problems.length === 1 ? "a setting needs" : "settings need"} fixing.`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
