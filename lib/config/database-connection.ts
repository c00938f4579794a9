// DATABASE_URL is parsed by checkDatabase; this also connects, so a wrong host,
// password or database name stops the process before it serves anything.
// Messages name host, port and database, never the password.
import { databaseConfig, describeDatabase } from "@/lib/db/config";
import type { Env } from "@/lib/env";

const TIMEOUT_MS = 5000;

function explain(error: NodeJS.ErrnoException, where: string, database: string): string {
  switch (error.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
      return `DATABASE_URL: cannot reach ${where} (${error.code}): start PostgreSQL or correct the host and port.`;
    case "28P01":
    case "28000":
      return `DATABASE_URL: ${where} refused the user name or password: correct them in DATABASE_URL.`;
    case "3D000":
      return (
        `DATABASE_URL: database "${database}" does not exist on ${where}: ` +
        `create it (CREATE DATABASE "${database}") or correct the name.`
      );
    default:
      return `DATABASE_URL: could not connect to ${where}: ${error.message || error.code || "unknown error"}.`;
  }
}

/** Connects to the configured PostgreSQL once (nothing to do for the embedded database); empty when it answers. */
export async function checkDatabaseConnection(env: Env): Promise<string[]> {
  const config = databaseConfig(env);
  if (config.kind !== "postgres") return [];
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: config.url, connectionTimeoutMillis: TIMEOUT_MS });
  client.on("error", () => {}); // a connection dropped after the check is not this check's problem
  try {
    await client.connect();
    await client.query("SELECT 1");
    return [];
  } catch (error) {
    const url = new URL(config.url);
    // pg reports its own connection timeout without a code.
    const failure = error as NodeJS.ErrnoException;
    if (failure.message === "timeout expired") failure.code = "ETIMEDOUT";
    return [explain(failure, describeDatabase(config), decodeURIComponent(url.pathname.slice(1)))];
  } finally {
    await client.end().catch(() => {});
  }
}
