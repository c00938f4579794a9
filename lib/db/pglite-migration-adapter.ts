// The PGlite adapter factory, with migration scripts awaited (whole-scripts.ts).
// The app's database is a RemotePglite (pglite-remote.ts): Prisma's adapter only
// calls query, exec and transaction, which it forwards.
// Its shadow database (used by `npm run db:migration:new` to replay the
// migrations) opens with the same extensions as the app's database.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { pgliteExtensions } from "./pglite-extensions.mjs";
import type { PgliteClient } from "./pglite-remote";
import { runScriptsWhole } from "./whole-scripts";

export class PgliteMigrationAdapterFactory extends PrismaPGlite {
  constructor(private readonly pglite: PgliteClient) {
    super(pglite as PGlite);
  }
  override async connect() {
    return runScriptsWhole(await super.connect(), (script) => this.pglite.exec(script));
  }
  override async connectToShadowDb() {
    return new PgliteMigrationAdapterFactory(await PGlite.create({ extensions: pgliteExtensions })).connect();
  }
}
