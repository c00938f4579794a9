// The command-line scripts, run as a user would, on a throw-away embedded database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-cli-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function run(script: string, args: string[], input?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, APP_URL: "https://leads.example.com" };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    env,
    input,
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("command-line scripts", { timeout: 60_000 }, () => {
  it("user:create adds users, reads the password from stdin, and refuses bad input", () => {
    const ok = run("user-create", ["--email", "Cli@Example.com", "--role", "admin", "--password", "cli-password-1"]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("Created admin cli@example.com");
    const piped = run("user-create", ["--email", "piped@example.com", "--role", "SALES"], "piped-password-1\n");
    expect(piped.code).toBe(0);
    expect(piped.out).toContain("Created sales user piped@example.com");
    const again = run("user-create", ["--email", "cli@example.com", "--role", "SALES", "--password", "cli-password-1"]);
    expect(again.code).toBe(1);
    expect(again.err).toContain("already exists");
    const badRole = run("user-create", ["--email", "x@example.com", "--role", "OWNER", "--password", "long-enough-1"]);
    expect(badRole.code).toBe(1);
    expect(badRole.err).toContain("Role must be ADMIN or SALES.");
  });

  it(
    "user:create holds passwords to the policy: each refused with its reason, nothing created",
    { timeout: 180_000 },
    () => {
      for (const [password, reason] of [
        ["            ", "only spaces"],
        ["password1234", "common passwords"],
        ["weak@example.com", "e-mail address"],
        ["aaaaaaaaaaaa", "different characters"],
      ] as const) {
        const weak = run("user-create", ["--email", "weak@example.com", "--role", "SALES", "--password", password]);
        expect(weak.code, password).toBe(1);
        expect(weak.err, password).toContain(reason);
        expect(weak.err, password).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
      }
    },
  );

  it("key:create --json prints a key and its URL under APP_URL", () => {
    const res = run("key-create", ["--label", "Partner Center", "--json"]);
    expect(res.code).toBe(0);
    const { key, url } = JSON.parse(res.out);
    expect(key).toMatch(/^ldk_[A-Za-z0-9_-]{32}$/);
    expect(url).toBe(`https://leads.example.com/api/webhooks/marketplace/${key}`);
    expect(run("key-create", []).code).toBe(1);
  });

  it("a malformed DATABASE_URL stops with a message naming the variable", () => {
    const env = { ...process.env, DATABASE_URL: "mysql://nope" };
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], { env, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL is not a PostgreSQL URL");
  });

  // --cold-seed picks other never-seen combinations for the cold filters (docs/performance.md).
  it("bench refuses a cold-filter seed that is not a positive whole number, before any work", () => {
    for (const seed of ["x", "0", "1.5"]) {
      const res = run("bench/run", ["--cold-seed", seed]);
      expect(res.code, seed).toBe(1);
      expect(res.err.trim(), seed).toBe("--cold-seed takes a positive whole number.");
    }
  });
});
