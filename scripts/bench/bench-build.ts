// The benchmark's own production build: the working tree (or, with --source
// head, the committed code) exported to a folder of its own, with the
// baseline routes in scripts/bench/app-routes added to its app/, so they never
// ship in the app's real build, and a rebuild elsewhere cannot replace the
// build under a running benchmark. Reused while the sources are unchanged.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildInFolder } from "./build-in-folder";

const routesDir = "scripts/bench/app-routes";

/** Files the export takes, relative to root: tracked and untracked-but-not-ignored ones that exist. */
function treeFiles(root: string): string[] {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  });
  return [...new Set(listed.split("\0").filter(Boolean))].filter((file) =>
    fs.statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile(),
  );
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
  if (source === "head")
    execFileSync("sh", ["-c", `git archive --format=tar HEAD | tar -x -C "${dir}"`], { cwd: root });
  else for (const file of treeFiles(root)) fs.cpSync(path.join(root, file), path.join(dir, file));
  fs.cpSync(path.join(root, routesDir), path.join(dir, "app"), { recursive: true });
  // A copy of the generated client (gitignored, so not among the exported files).
  fs.cpSync(path.join(root, "lib/generated"), path.join(dir, "lib/generated"), { recursive: true });
}

/** Builds (when its sources changed) and returns the folder to serve the benchmark from. */
export function benchBuild(source: "tree" | "head", root = process.cwd()): string {
  return buildInFolder(
    `leaddesk-bench-${source}`,
    sourceStamp(root, source),
    (dir) => exportSources(root, dir, source),
    root,
  );
}
