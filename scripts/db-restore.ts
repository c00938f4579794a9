// npm run db:restore -- --from file [--force] — replaces the configured
// database with a backup from npm run db:backup. Refuses while the app holds
// the embedded database, and over a database with data unless --force.
import { databaseConfig, describeDatabase } from "@/lib/db";
import { BackupError } from "@/lib/db/backup-error";
import { restoreEmbedded } from "@/lib/db/pglite-backup";
import { clientToolPresent, pgRestoreCommand, restorePostgres, showCommand } from "@/lib/db/postgres-backup";
import { describeCounts } from "@/lib/db/table-counts";
import { parseArgs, UsageError } from "./lib/args";
import { runScript } from "./run-script";

await runScript(async () => {
  const args = parseArgs(process.argv.slice(2), ["force"]);
  if (typeof args.from !== "string" || Object.keys(args).some((k) => k !== "from" && k !== "force")) {
    throw new UsageError("Usage: npm run db:restore -- --from <file> [--force]");
  }
  const force = args.force === true;
  const config = databaseConfig();
  if (config.kind === "postgres") {
    if (!clientToolPresent("pg_restore")) {
      throw new BackupError(
        `pg_restore is not installed here. Restore into ${describeDatabase(config)} with PostgreSQL's client tools ` +
          "(Debian/Ubuntu: apt-get install postgresql-client):\n" +
          `  PGPASSWORD=… ${showCommand(pgRestoreCommand(config.url, args.from, force))}`,
      );
    }
    const { counts } = await restorePostgres(config.url, args.from, { force });
    console.log(`Restored ${args.from} into ${describeDatabase(config)}: ${describeCounts(counts)}.`);
    return;
  }
  const { counts, keptAside } = await restoreEmbedded(config.dataDir, args.from, { force });
  console.log(`Restored ${args.from} into ${describeDatabase(config)}: ${describeCounts(counts)}.`);
  if (keptAside) console.log(`The database it replaced is kept in ${keptAside} (delete it when no longer needed).`);
});
