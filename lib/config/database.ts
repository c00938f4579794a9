// DATABASE_URL and DATABASE_POOL_SIZE, as lib/db/config.ts reads them.
import { ConfigError, databaseConfig } from "@/lib/db/config";
import type { Env } from "@/lib/env";

export function checkDatabase(env: Env): string[] {
  try {
    databaseConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return [error.message];
    throw error;
  }
}
