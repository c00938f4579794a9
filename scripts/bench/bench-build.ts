// The benchmark's own production build: the working tree (or, with --source
// head, the committed code) exported to a folder of its own, with the
// baseline routes in scripts/bench/app-routes added to its app/, so they never
// ship in the app's real build, and a rebuild elsewhere cannot replace the
// build under a running benchmark. Reused while the sources are unchanged.
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const routesDir = "scripts/bench/app-routes";

/** Files the export takes, relative to root: tracked and untracked-but-not-ignored ones that exist. */
function treeFiles(root: string): string[] {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  return [...new Set(listed.split("\0").filter(Boolean))].filter((file) => fs.statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile());
}

function sourceStamp(root: string, source: "tree" | "head"): string {
  const hash = createHash("sha256");
  if (source === "head") hash.update(execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }));
  else
    for (const file of treeFiles(root).sort()) {
      const stat = fs.statSync(path.join(root, file));
      hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  return hash.digest("hex");
}

function exportSources(root: string, dir: string, source: "tree" | "head") {
  if (source === "head") execFileSync("sh", ["-c", `git archive --format=tar HEAD | tar -x -C "${dir}"`], { cwd: root });
  else for (const file of treeFiles(root)) fs.cpSync(path.join(root, file), path.join(dir, file));
  fs.cpSync(path.join(root, routesDir), path.join(dir, "app"), { recursive: true });
  // Turbopack resolves nothing outside the project folder, so no symlinks:
  // hard links for node_modules (same file system, no copy), a copy of the generated client.
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  fs.cpSync(path.join(root, "lib/generated"), path.join(dir, "lib/generated"), { recursive: true });
}

/** Builds (when its sources changed) and returns the folder to serve the benchmark from. */
export function benchBuild(source: "tree" | "head", root = process.cwd()): string {
  const dir = path.join(os.tmpdir(), `leaddesk-bench-${source}`);
  const stampFile = path.join(dir, ".bench-sources");
  const stamp = sourceStamp(root, source);
  const built = fs.existsSync(path.join(dir, ".next/BUILD_ID")) && fs.existsSync(stampFile);
  if (built && fs.readFileSync(stampFile, "utf8") === stamp) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  exportSources(root, dir, source);
  // A build never touches the database: no database settings reach it.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  const result = spawnSync(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "build"], { cwd: dir, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`The benchmark's production build in ${dir} failed.`);
  fs.writeFileSync(stampFile, stamp);
  return dir;
}
