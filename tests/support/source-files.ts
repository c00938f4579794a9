// The repository's own source files, for tests that check rules across the code.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** Source files under `dir` (relative to the repository), generated code left out. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(rel);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) ? [rel] : [];
  });
}

export const readSource = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");
