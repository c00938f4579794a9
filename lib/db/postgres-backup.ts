// Backup and restore of a PostgreSQL database with the standard client tools:
// `pg_dump -Fc` (custom format) and `pg_restore`. The password travels in
// PGPASSWORD, never on the command line (where `ps` would show it).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { BackupError } from "./backup-error";
import { openAdapter } from "./adapter";
import { dataRows, describeCounts, tableCounts, type TableCounts } from "./table-counts";

export interface PgCommand {
  program: "pg_dump" | "pg_restore";
  args: string[];
  env: Record<string, string>;
}

function connection(url: string): { dbname: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { dbname: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

export function pgDumpCommand(url: string, file: string): PgCommand {
  const { dbname, env } = connection(url);
  return {
    program: "pg_dump",
    args: ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${dbname}`],
    env,
  };
}

export function pgRestoreCommand(url: string, file: string, clean: boolean): PgCommand {
  const { dbname, env } = connection(url);
  const replace = clean ? ["--clean", "--if-exists"] : [];
  return {
    program: "pg_restore",
    args: [
      ...replace,
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      `--dbname=${dbname}`,
      file,
    ],
    env,
  };
}

/** The command as a user would type it (the password left out). */
export const showCommand = (c: PgCommand) =>
  [c.program, ...c.args.map((a) => (/[\s'"$]/.test(a) ? `'${a.replace(/'/g, "'\\''")}'` : a))].join(" ");

export const clientToolPresent = (program: PgCommand["program"]) =>
  spawnSync(program, ["--version"], { stdio: "ignore" }).status === 0;

function run(command: PgCommand): void {
  const result = spawnSync(command.program, command.args, {
    env: { ...process.env, ...command.env },
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new BackupError(
      `${command.program} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr?.trim()}`,
    );
}

async function countsAt(url: string): Promise<TableCounts> {
  const adapter = await openAdapter({ kind: "postgres", url, poolSize: 1 });
  try {
    return await tableCounts(adapter.sql.query);
  } finally {
    await adapter.close();
  }
}

export async function backupPostgres(
  url: string,
  outFile: string,
): Promise<{ file: string; bytes: number; counts: TableCounts }> {
  const file = path.resolve(outFile);
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists; choose another --out.`);
  const counts = await countsAt(url);
  const partial = `${file}.partial`;
  run(pgDumpCommand(url, partial));
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size, counts };
}

export async function restorePostgres(
  url: string,
  archiveFile: string,
  options: { force?: boolean } = {},
): Promise<{ counts: TableCounts }> {
  if (!fs.existsSync(archiveFile)) throw new BackupError(`${archiveFile} does not exist.`);
  // pg_restore --list reads the whole table of contents: a file that is not a custom-format dump fails here.
  const list = spawnSync("pg_restore", ["--list", archiveFile], { encoding: "utf8" });
  if (list.status !== 0 || !/TABLE public _prisma_migrations/.test(list.stdout)) {
    throw new BackupError(
      `${archiveFile} is not a pg_dump --format=custom archive of a Lead desk database. Nothing was changed.`,
    );
  }
  const current = await countsAt(url);
  const occupied = Object.keys(current).length > 0;
  if (occupied && !options.force) {
    throw new BackupError(
      `The database already has Lead desk tables ` +
        `(${describeCounts(current) || "no rows"}; ${dataRows(current)} rows). ` +
        "Restore into a new, empty database, or pass --force to drop and replace its objects. Nothing was changed.",
    );
  }
  run(pgRestoreCommand(url, archiveFile, occupied));
  return { counts: await countsAt(url) };
}
