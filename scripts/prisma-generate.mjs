// Generates the Prisma client without the native schema engine.
//
// The Prisma CLI insists on locating its native schema engine even for
// `prisma generate`, which never uses it, and downloads it from Prisma's own
// servers. Installs here may only reach npm, so we point the CLI at a stub that
// explains where migrations really run (scripts/db-migrate.ts, through the
// official WebAssembly engine). A developer who already has the native engine
// can set PRISMA_SCHEMA_ENGINE_BINARY themselves and it is respected.
import { spawnSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const stub = join(here, "schema-engine-stub.sh");
chmodSync(stub, 0o755);

const result = spawnSync("npx", ["--no-install", "prisma", "generate", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || stub,
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
