// Backup and restore of the embedded database with PGlite's own data-folder
// dump (a .tar.gz of DATA_DIR: the database, and the generated auth-secret and
// encryption.key beside it, which sealed CRM secrets need), taken through the
// running app when it holds the folder. A restore loads the
// archive into a new folder beside DATA_DIR, checks it opens as a Lead desk
// database, and only then swaps the folders, keeping the old one aside.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { BackupError } from "./backup-error";
import { pgliteRawSql } from "./raw-sql";
import { openEmbedded } from "./open-embedded";
import { acquirePgliteLock } from "./pglite-lock";
import { dataRows, describeCounts, tableCounts, type TableCounts } from "./table-counts";

const lockName = "leaddesk.lock";
const hasDatabase = (dir: string) => fs.existsSync(path.join(dir, "PG_VERSION"));
const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "");

function lock(dataDir: string): () => void {
  try {
    return acquirePgliteLock(dataDir);
  } catch (error) {
    throw new BackupError(`${error instanceof Error ? error.message : error} Nothing was changed.`);
  }
}

async function countsOf(dir: string, options?: { loadDataDir: Blob }): Promise<TableCounts> {
  const db = await PGlite.create(dir, options);
  try {
    return await tableCounts(pgliteRawSql(db).query);
  } finally {
    await db.close();
  }
}

export const defaultBackupFile = () => `leaddesk-backup-${stamp()}.tar.gz`;

export async function backupEmbedded(
  dataDir: string,
  outFile: string,
): Promise<{ file: string; bytes: number; counts: TableCounts }> {
  if (!hasDatabase(dataDir)) throw new BackupError(`There is no embedded database at ${dataDir} to back up.`);
  const file = path.resolve(outFile);
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists; choose another --out.`);
  // Directly, or through the running app that holds the folder (open-embedded.ts).
  const db = await openEmbedded(dataDir);
  let archive: Buffer;
  let counts: TableCounts;
  try {
    counts = await tableCounts(pgliteRawSql(db.client).query);
    archive = await db.client.dumpDataDir();
  } finally {
    await db.close();
  }
  // Written under a temporary name first, so a half-written file never looks like a backup.
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, archive);
  fs.renameSync(partial, file);
  return { file, bytes: archive.length, counts };
}

export interface RestoreResult {
  counts: TableCounts;
  /** Where the database that was replaced now lies (null when there was none). */
  keptAside: string | null;
}

export async function restoreEmbedded(
  dataDir: string,
  archiveFile: string,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  if (!fs.existsSync(archiveFile)) throw new BackupError(`${archiveFile} does not exist.`);
  const archive = fs.readFileSync(archiveFile);
  if (archive[0] !== 0x1f || archive[1] !== 0x8b)
    throw new BackupError(`${archiveFile} is not a gzip archive made by npm run db:backup. Nothing was changed.`);

  const release = lock(dataDir);
  const staging = `${dataDir}.restoring-${stamp()}`;
  try {
    if (hasDatabase(dataDir)) {
      const current = await countsOf(dataDir);
      if (dataRows(current) > 0 && !options.force) {
        throw new BackupError(
          `The embedded database at ${dataDir} is not empty (${describeCounts(current)}). ` +
            "Pass --force to replace it (it is kept aside, not deleted). Nothing was changed.",
        );
      }
    }

    fs.rmSync(staging, { recursive: true, force: true });
    let counts: TableCounts;
    try {
      counts = await countsOf(staging, { loadDataDir: new Blob([archive]) });
    } catch (error) {
      throw new BackupError(
        `${archiveFile} could not be opened as a database ` +
          `(${error instanceof Error ? error.message : error}). Nothing was changed.`,
      );
    }
    if (!("_prisma_migrations" in counts))
      throw new BackupError(
        `${archiveFile} holds a database, but not a Lead desk one (no migration history). Nothing was changed.`,
      );
    // The archive carries the lock of the process that made it.
    fs.rmSync(path.join(staging, lockName), { force: true });

    const aside = `${dataDir}.before-restore-${stamp()}`;
    fs.renameSync(dataDir, aside);
    try {
      fs.renameSync(staging, dataDir);
    } catch (error) {
      fs.renameSync(aside, dataDir);
      throw error;
    }
    // Our lock moved aside with the old folder.
    fs.rmSync(path.join(aside, lockName), { force: true });
    if (fs.readdirSync(aside).length) return { counts, keptAside: aside };
    fs.rmdirSync(aside);
    return { counts, keptAside: null };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    release();
  }
}
