// What the browser loads: client components reach only modules that keep zod
// out (it weighs ~15 KiB gzip on every page, and compiles parsers with
// new Function(), which the pages' CSP refuses). The server parses; the browser
// gets parsed values (e.g. the lead list's params from its page). Server
// actions are called by reference, so the walk stops at "use server" files.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const kept = new Set(["zod"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? spec.slice(2)
    : spec.startsWith(".")
      ? path.join(path.dirname(from), spec)
      : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    const full = path.join(root, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return null;
}

/** Imports that load code at run time (not `import type`, not `{ type A }` only). */
export function runtimeImports(source: string): string[] {
  const specs: string[] = [];
  const pattern = /^(?:import|export)\s+(type\s+)?(?:([^";]*?)\s+from\s+)?"([^"]+)";?$/gm;
  for (const match of source.matchAll(pattern)) {
    const [, typeOnly, clause, spec] = match;
    if (typeOnly) continue;
    const names = clause?.match(/^\{([\s\S]*)\}$/)?.[1];
    if (names !== undefined && names.split(",").every((n) => !n.trim() || n.trim().startsWith("type "))) continue;
    specs.push(spec!);
  }
  return specs;
}

/** Each package in `kept` a client file reaches, with the path that leads there. */
function reachedPackages(start: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(path.join(root, file), "utf8");
    if (trail.length && /^["']use server["']/m.test(source)) return;
    for (const spec of runtimeImports(source)) {
      if (kept.has(spec)) found.push([...trail, file, spec].join(" → "));
      const next = resolve(file, spec);
      if (next) walk(next, [...trail, file]);
    }
  };
  walk(start, []);
  return found;
}

describe("the browser's modules", () => {
  it("reads run-time imports and skips type-only ones", () => {
    const sample = [
      'import type { A } from "zod";',
      'import { type B, type C } from "zod";',
      'import { z } from "zod";',
      'import "./side-effect";',
      'export { d } from "./d";',
    ].join("\n");
    expect(runtimeImports(sample)).toEqual(["zod", "./side-effect", "./d"]);
  });

  it("no client component reaches zod", () => {
    const clientFiles = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) =>
      /^["']use client["']/m.test(fs.readFileSync(path.join(root, file), "utf8")),
    );
    expect(clientFiles.length).toBeGreaterThan(20);
    expect(clientFiles.flatMap(reachedPackages)).toEqual([]);
  });
});
