// Runs `next build` when there is no production build or when any source
// file is newer than it, so `npm start` and the end-to-end suite always serve
// the current code without rebuilding needlessly.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { copyStandaloneAssets, standaloneServer } from "./standalone";

const root = process.cwd();
const sources = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "next.config.ts",
  "instrumentation.ts",
  "package.json",
  "tsconfig.json",
  "prisma/schema.prisma",
];

function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function buildIsCurrent(): boolean {
  const buildId = fs.statSync(path.join(root, ".next", "BUILD_ID"), { throwIfNoEntry: false });
  if (!buildId || !fs.existsSync(standaloneServer(root))) return false;
  return sources.every((s) => newestMtime(path.join(root, s)) <= buildId.mtimeMs);
}

export function ensureBuild(): void {
  if (buildIsCurrent()) return copyStandaloneAssets(root);
  console.log("Building Lead desk for production (first start or changed sources)…");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("The production build failed; see the output above.");
    process.exit(result.status ?? 1);
  }
  copyStandaloneAssets(root);
}
