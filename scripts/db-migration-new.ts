// Authors a migration offline: compares the migrations folder with
// prisma/schema.prisma (inside an in-memory PGlite, with the WebAssembly schema
// engine) and writes the difference as prisma/migrations/<stamp>_<name>.
//   npm run db:migration:new -- add_lead_tags
import { PGlite } from "@electric-sql/pglite";
import { pendingSchemaSql, writeMigration } from "@/lib/db/migrations";
import { pgliteExtensions } from "@/lib/db/pglite-extensions.mjs";
import { PgliteMigrationAdapterFactory } from "@/lib/db/pglite-migration-adapter";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration:new -- <name>");
  process.exit(2);
}

const client = await PGlite.create({ extensions: pgliteExtensions });
try {
  const sql = await pendingSchemaSql(new PgliteMigrationAdapterFactory(client));
  if (!sql.trim() || /This is an empty migration/.test(sql)) {
    console.log("schema.prisma and the migrations folder already agree: nothing to write.");
  } else {
    console.log(`Wrote ${await writeMigration(name, sql)}/migration.sql — review it, then run npm run db:migrate.`);
  }
} finally {
  await client.close();
}
