// The benchmark's builds (its copy of the app, the bare Next.js baseline) each
// live in a folder of their own under the system's temp directory, rebuilt only
// when what went into them changed (a stamp beside the build says what).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Returns os.tmpdir()/<name> holding a production build of what `fill` writes
 * there. When the stamp differs from the last build's, the folder is emptied,
 * filled, given the installed packages and built again.
 */
export function buildInFolder(name: string, stamp: string, fill: (dir: string) => void, root = process.cwd()): string {
  const dir = path.join(os.tmpdir(), name);
  const stampFile = path.join(dir, ".bench-sources");
  const built = fs.existsSync(path.join(dir, ".next/BUILD_ID")) && fs.existsSync(stampFile);
  if (built && fs.readFileSync(stampFile, "utf8") === stamp) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fill(dir);
  // The same installed packages, hard-linked (no copy): Turbopack resolves nothing outside the folder.
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  // A build never touches the database: no database settings reach it.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  const next = path.join(dir, "node_modules/next/dist/bin/next");
  const result = spawnSync(process.execPath, [next, "build"], { cwd: dir, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`The production build in ${dir} failed.`);
  fs.writeFileSync(stampFile, stamp);
  return dir;
}
