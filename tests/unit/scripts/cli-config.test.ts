// Every entry point checks the whole configuration before doing anything and
// reports problems one line each, exit code 1, no stack trace.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

const scripts = ["start", "worker", "db-migrate", "db-seed", "db-backup", "db-restore", "user-create", "key-create"];

function run(script: string, env: Record<string, string | undefined>, args: string[] = []) {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of ["NODE_ENV", "AUTH_SECRET", "ENCRYPTION_KEY"]) if (!(name in env)) delete merged[name];
  const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], { env: merged });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  child.stderr.on("data", (chunk) => (err += chunk));
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, out, err })),
  );
}

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe("configuration checked by every entry point", { timeout: 60_000 }, () => {
  it("PostgreSQL without AUTH_SECRET or ENCRYPTION_KEY: each script names both and exits 1 before doing anything", async () => {
    const results = await Promise.all(
      scripts.map((s) => run(s, { DATABASE_URL: "postgres://u:p@127.0.0.1:3299/leads" }, ["--help-never-read"])),
    );
    results.forEach((result, i) => {
      expect(result.code, scripts[i]).toBe(1);
      expect(result.err, scripts[i]).toContain("Lead desk cannot start: settings need fixing.");
      expect(result.err).toMatch(/^ {2}- AUTH_SECRET is not set: /m);
      expect(result.err).toMatch(/^ {2}- ENCRYPTION_KEY is not set: /m);
      expect(result.out, scripts[i]).not.toContain("Building");
      noStack(result.err);
    });
  });

  it("an invalid SMTP_URL stops the start and the worker, without repeating its password", async () => {
    const mail = {
      SMTP_URL: "smtp//alerts:hunter2-secret@mail.example.com:587",
      MAIL_FROM: "Lead desk <leads@example.com>",
    };
    const results = await Promise.all(["start", "worker"].map((s) => run(s, mail)));
    results.forEach((result) => {
      expect(result.code).toBe(1);
      expect(result.err).toContain("Lead desk cannot start: a setting needs fixing.");
      expect(result.err).toMatch(
        /^ {2}- SMTP_URL is not a URL: write it as smtp:\/\/user:password@mail\.example\.com:587/m,
      );
      expect(result.err + result.out).not.toContain("hunter2-secret");
      expect(result.out).not.toContain("Building");
      noStack(result.err);
    });
  });

  it("an unreachable database is named before the start builds or migrates", async () => {
    const secrets = { AUTH_SECRET: "a".repeat(40), ENCRYPTION_KEY: "b".repeat(64) };
    const result = await run("start", { DATABASE_URL: "postgres://u:p@127.0.0.1:3299/leads", ...secrets });
    expect(result.code).toBe(1);
    expect(result.err).toContain("DATABASE_URL: cannot reach PostgreSQL at 127.0.0.1:3299/leads (ECONNREFUSED)");
    noStack(result.err);
  });

  it.runIf(process.env.TEST_DATABASE_URL)("a wrong password or a missing database on a real PostgreSQL", async () => {
    const server = new URL(process.env.TEST_DATABASE_URL!);
    const secrets = { AUTH_SECRET: "a".repeat(40), ENCRYPTION_KEY: "b".repeat(64) };
    const wrong = new URL(server);
    wrong.password = "not-the-password";
    const missing = new URL(server);
    missing.pathname = "/leaddesk_missing_db";
    const [badPassword, badName] = await Promise.all([
      run("db-migrate", { DATABASE_URL: wrong.toString(), ...secrets }),
      run("db-migrate", { DATABASE_URL: missing.toString(), ...secrets }),
    ]);
    expect(badPassword.code).toBe(1);
    expect(badPassword.err).toContain("refused the user name or password");
    expect(badPassword.err).not.toContain("not-the-password");
    expect(badName.code).toBe(1);
    expect(badName.err).toContain('database "leaddesk_missing_db" does not exist');
    noStack(badPassword.err + badName.err);
  });

  it("a usage mistake is one line, no stack trace", async () => {
    const result = await run("key-create", { DATA_DIR: "memory://cli-config" }, ["stray"]);
    expect(result.code).toBe(1);
    expect(result.err.trim()).toBe('Unexpected argument "stray".');
  });
});
