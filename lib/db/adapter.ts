// Builds the Prisma driver-adapter factory for a database config. Both
// factories are migration-aware, so the same object serves the client and the
// WebAssembly schema engine.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseConfig } from "./config";
import { acquirePgliteLock } from "./pglite-lock";

export interface OpenAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export async function openAdapter(config: DatabaseConfig): Promise<OpenAdapter> {
  if (config.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const factory = new PrismaPg({ connectionString: config.url, max: config.poolSize });
    return { factory, close: async () => {} };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const inMemory = config.dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : acquirePgliteLock(config.dataDir);
  const client = await PGlite.create(inMemory ? undefined : config.dataDir);
  return {
    factory: new PrismaPGlite(client),
    close: async () => {
      await client.close();
      release();
    },
  };
}
