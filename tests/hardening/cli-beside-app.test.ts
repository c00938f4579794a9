// Every CLI while `npm start` serves the embedded database (the CLIs reach it
// through the app's socket, lib/db/open-embedded.ts), and again once it has
// stopped (they open the folder themselves). Nothing prints a stack trace.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, runToEnd, startProcess, type Finished, type Running } from "./support/run-process";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-cli-app-"));
const dataDir = path.join(dir, "data");
let app: Running | undefined;
afterAll(async () => {
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function environment(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
  };
  for (const name of ["DATABASE_URL", "NODE_ENV", "AUTH_SECRET", "ENCRYPTION_KEY", "DELIVERY_WORKER"]) delete env[name];
  return { ...env, ADMIN_EMAIL: "admin@cli.test", ADMIN_PASSWORD: "cli-admin-password-1", HOSTNAME: "127.0.0.1" };
}

const cli = (env: NodeJS.ProcessEnv, script: string, ...args: string[]) =>
  runToEnd(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], { env });

function expectOk(result: Finished, label: string) {
  const context = `${label}:\n${result.out}\napp:\n${app?.output() ?? "(not running)"}`;
  expect(result.out, context).not.toMatch(/^\s+at /m);
  expect(result.code, context).toBe(0);
}

/** The CLIs that work on the database, all at once; returns the webhook key created. */
async function everyCli(env: NodeJS.ProcessEnv, tag: string): Promise<string> {
  const backup = path.join(dir, `${tag}.tar.gz`);
  const [user, key, seed, migrate, backedUp] = await Promise.all([
    cli(env, "user-create", "--email", `${tag}@cli.test`, "--role", "SALES", "--password", "cli-password-123"),
    cli(env, "key-create", "--label", tag, "--json"),
    cli(env, "db-seed", "--leads", "5"),
    cli(env, "db-migrate"),
    cli(env, "db-backup", "--out", backup),
  ]);
  expectOk(user, "user:create");
  expect(user.out).toContain(`Created sales user ${tag}@cli.test`);
  expectOk(key, "key:create");
  expectOk(seed, "db:seed");
  expect(seed.out).toMatch(/Seeded \d+ leads/);
  expectOk(migrate, "db:migrate");
  expect(migrate.out).toContain("is up to date");
  expectOk(backedUp, "db:backup");
  expect(fs.statSync(backup).size).toBeGreaterThan(100_000);

  const worker = startProcess(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { env });
  await worker.waitFor(/Delivery worker started/, 60_000);
  expect(await worker.stop()).toBe(0);
  expect(worker.output()).not.toMatch(/^\s+at /m);
  return (JSON.parse(key.out.trim().split("\n").pop()!) as { key: string }).key;
}

describe("the CLIs beside the running app and without it (embedded database)", () => {
  it("all work while npm start runs, then on their own; restore waits for the app to stop", async () => {
    const port = await freePort();
    const env = environment(port);
    const url = `http://127.0.0.1:${port}`;
    app = startProcess(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env });
    await app.waitFor(/Ready in|✓ Ready/, 240_000);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);

    const key = await everyCli(env, "beside");
    // The app is unaffected and sees what the CLIs wrote: a lead posted with the CLI's key is stored.
    const posted = await fetch(`${url}/api/webhooks/marketplace/${key}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        UserDetails: { FirstName: "Cli", LastName: "Beside", Email: "cli.beside@contoso.com" },
        LeadSource: "AzureMarketplace-INS|contoso.offer",
      }),
    });
    expect(posted.status).toBe(201);
    // db:seed's demo rule takes it: round-robin over the demo sales users.
    expect(((await posted.json()) as { owner: string | null }).owner).toMatch(/^sa(les|m)@demo\.leaddesk\.local$/);
    const restoreRefused = await cli(env, "db-restore", "--from", path.join(dir, "beside.tar.gz"), "--force");
    expect(restoreRefused.code).toBe(1);
    expect(restoreRefused.out).toContain("is in use by process");
    expect(restoreRefused.out).not.toMatch(/^\s+at /m);

    expect(await app.stop()).not.toBeNull();
    app = undefined;
    await everyCli(env, "alone");
    const restored = await cli(env, "db-restore", "--from", path.join(dir, "beside.tar.gz"), "--force");
    expectOk(restored, "db:restore");
    expect(restored.out).toMatch(/Restored .* users/);
  });
});
