// `npm ci` must accept the committed lockfile on a clean clone (CI runs it with
// no fallback). A dry run in an empty folder checks package.json against the
// lockfile, every platform's optional packages included, without installing.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function npmCiDryRun(lockfile: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-lockfile-"));
  dirs.push(dir);
  fs.copyFileSync(path.join(root, "package.json"), path.join(dir, "package.json"));
  fs.writeFileSync(path.join(dir, "package-lock.json"), lockfile);
  const result = spawnSync(
    "npm",
    ["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"],
    {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe("package-lock.json", { timeout: 60_000 }, () => {
  const lockfile = fs.readFileSync(path.join(root, "package-lock.json"), "utf8");

  it("is accepted by npm ci in a clean folder", () => {
    const result = npmCiDryRun(lockfile);
    expect(result.out).not.toContain("npm error");
    expect(result.status).toBe(0);
  });

  it("keeps other platforms' optional packages (a lockfile without them is refused)", () => {
    const lock = JSON.parse(lockfile) as { packages: Record<string, unknown> };
    const foreign = ["@next/swc-darwin-arm64", "@next/swc-win32-x64-msvc", "@next/swc-linux-x64-gnu"];
    for (const name of foreign) expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    delete lock.packages["node_modules/@next/swc-darwin-arm64"];
    const refused = npmCiDryRun(JSON.stringify(lock, null, 2));
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain("@next/swc-darwin-arm64");
  });
});
