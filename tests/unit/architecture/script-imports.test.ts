// tests/ and e2e/ start what lives in scripts/ as processes, by path (as the
// CLI and the container run it), and never import it as a module: a script's
// top-level code would run inside the test process, and the test would check
// something other than the command people run. Scans the source, so such an
// import fails here.
import { describe, expect, it } from "vitest";
import { projectImports, readSource, sourceFiles } from "@/tests/support/source-files";

/** The imports of `file` that reach into scripts/, as "file → specifier". */
function scriptImports(file: string, text = readSource(file)): string[] {
  return projectImports(file, text)
    .filter(({ target }) => /^scripts(\/|$)/.test(target))
    .map(({ spec }) => `${file} → ${spec}`);
}

describe("imports from scripts/", () => {
  it("finds static, dynamic and re-export imports, not script paths handed to a process", () => {
    // Built from a variable, so this file's own source holds no such import.
    const dir = "scripts";
    const sample = [
      `import { parseArgs } from "../../../${dir}/lib/args";`,
      `import type { Options } from "@/${dir}/worker";`,
      `export { parseArgs } from "../../../${dir}/lib/args";`,
      `import "../../../${dir}/start";`,
      `const seed = await import(\n  "@/${dir}/db-seed"\n);`,
      `spawn(process.execPath, ["--import", "tsx", "${dir}/bench/webhook-server.ts"]);`,
      `const worker = path.resolve(import.meta.dirname, "../../../${dir}/worker.ts");`,
      `import { helper } from "./${dir}/helper";`,
    ].join("\n");
    expect(scriptImports("tests/unit/architecture/sample.test.ts", sample)).toEqual([
      `tests/unit/architecture/sample.test.ts → ../../../${dir}/lib/args`,
      `tests/unit/architecture/sample.test.ts → @/${dir}/worker`,
      `tests/unit/architecture/sample.test.ts → ../../../${dir}/lib/args`,
      `tests/unit/architecture/sample.test.ts → ../../../${dir}/start`,
      `tests/unit/architecture/sample.test.ts → @/${dir}/db-seed`,
    ]);
    expect(projectImports("tests/integration/metrics.test.ts").map((i) => i.spec)).toContain(
      "@/lib/metrics/metrics-response",
    );
  });

  it("no file under tests/ or e2e/ imports a module from scripts/", () => {
    const files = [...sourceFiles("tests"), ...sourceFiles("e2e")];
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => scriptImports(file))).toEqual([]);
  });
});
