// The PostgreSQL adapter factory, with migration scripts sent whole (whole-scripts.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";
import { runScriptsWhole } from "./whole-scripts";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

const sendWhole = (adapter: Adapter) => {
  const driver = adapter.underlyingDriver() as { query(text: string): Promise<unknown> };
  return runScriptsWhole(adapter, (script) => driver.query(script));
};

export class PgMigrationAdapterFactory extends PrismaPg {
  constructor(pool: Pool) {
    super(pool);
  }
  override async connect() {
    return sendWhole(await super.connect());
  }
  override async connectToShadowDb() {
    return sendWhole(await super.connectToShadowDb());
  }
}
