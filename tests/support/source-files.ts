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

/**
 * The project modules a source imports (`import … from`, `export … from`, `import "…"`, `import(…)`),
 * each as written and as a path from the repository root; packages are left out.
 */
export function projectImports(file: string, text = readSource(file)): { spec: string; target: string }[] {
  return [...text.matchAll(/(?<![\w$.-])(?:from|import)\s*\(?\s*(["'`])([^"'`]+)\1/g)].flatMap((m) => {
    const spec = m[2]!;
    if (spec.startsWith("@/")) return [{ spec, target: path.posix.normalize(spec.slice(2)) }];
    if (spec.startsWith(".")) return [{ spec, target: path.posix.join(path.posix.dirname(file), spec) }];
    return [];
  });
}
