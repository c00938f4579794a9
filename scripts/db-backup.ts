// npm run db:backup [-- --out file] — a backup of the configured database:
// embedded → a .tar.gz of DATA_DIR (PGlite's dump, with the generated secrets);
// DATABASE_URL → pg_dump --format=custom (or the command, when pg_dump is missing).
import { databaseConfig, describeDatabase } from "@/lib/db";
import { BackupError } from "@/lib/db/backup-error";
import { backupEmbedded, defaultBackupFile } from "@/lib/db/pglite-backup";
import { backupPostgres, clientToolPresent, pgDumpCommand, showCommand } from "@/lib/db/postgres-backup";
import { describeCounts } from "@/lib/db/table-counts";
import { parseArgs, UsageError } from "./lib/args";
import { runScript } from "./run-script";

await runScript(async () => {
  const args = parseArgs(process.argv.slice(2));
  if (args.out === true || Object.keys(args).some((k) => k !== "out"))
    throw new UsageError("Usage: npm run db:backup -- [--out <file>]");
  const config = databaseConfig();
  const out =
    typeof args.out === "string"
      ? args.out
      : defaultBackupFile().replace(/\.tar\.gz$/, config.kind === "postgres" ? ".dump" : ".tar.gz");
  if (config.kind === "postgres" && !clientToolPresent("pg_dump")) {
    throw new BackupError(
      `pg_dump is not installed here. Back up ${describeDatabase(config)} with PostgreSQL's client tools ` +
        "(Debian/Ubuntu: apt-get install postgresql-client), version ≥ the server's:\n" +
        `  PGPASSWORD=… ${showCommand(pgDumpCommand(config.url, out))}`,
    );
  }
  const result =
    config.kind === "postgres" ? await backupPostgres(config.url, out) : await backupEmbedded(config.dataDir, out);
  console.log(
    `Backed up ${describeDatabase(config)} to ${result.file} ` +
      `(${(result.bytes / 1024).toFixed(0)} KiB): ${describeCounts(result.counts)}.`,
  );
  if (config.kind === "pglite")
    console.log(
      "The archive contains the encryption key of CRM secrets and the session key: keep it as safe as the server.",
    );
});
