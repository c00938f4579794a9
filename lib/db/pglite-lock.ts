// PGlite is single-process: two processes writing one data folder corrupt it.
// A pid lock file turns that mistake into a clear error instead.
import fs from "node:fs";
import path from "node:path";
import { OperatorError } from "@/lib/operator-error";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The folder is locked by another live process (its pid); another process may reach it through its socket. */
export class DatabaseInUseError extends OperatorError {
  override name = "DatabaseInUseError";
  constructor(
    readonly dataDir: string,
    readonly owner: number,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${owner}. ` +
        "Stop that process first (PGlite allows one process per data folder), " +
        "or use PostgreSQL through DATABASE_URL to run several processes.",
    );
  }
}

export function acquirePgliteLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "leaddesk.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      // Only our own lock: a restore swaps the folder, and another process may hold the new one.
      const release = () => {
        try {
          if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.rmSync(file, { force: true });
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(file, "utf8"));
      if (owner && owner !== process.pid && alive(owner)) {
        throw new DatabaseInUseError(dataDir, owner);
      }
      fs.rmSync(file, { force: true }); // stale lock from a process that died
    }
  }
  throw new Error(`Could not lock ${dataDir}.`);
}
