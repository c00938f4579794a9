// Prisma's PostgreSQL driver adapter runs a migration script by splitting it
// on every ";" — inside comments, strings and function bodies too — and sends
// the pieces one by one, outside any transaction. This factory sends each
// script whole instead, as one simple-protocol query: PostgreSQL parses it
// itself (dollar-quoted function bodies intact) and runs it as one implicit
// transaction, so a failing migration leaves nothing half applied.
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function sendScriptsWhole(adapter: Adapter): Adapter {
  const driver = adapter.underlyingDriver() as { query(text: string): Promise<unknown> };
  // onError maps a driver error to Prisma's error type and throws it.
  const fail = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await driver.query(script);
    } catch (error) {
      fail(error);
    }
  };
  return adapter;
}

export class PgMigrationAdapterFactory extends PrismaPg {
  constructor(pool: Pool) {
    super(pool);
  }
  override async connect() {
    return sendScriptsWhole(await super.connect());
  }
  override async connectToShadowDb() {
    return sendScriptsWhole(await super.connectToShadowDb());
  }
}
