// The container image, without docker: the app stage of the Dockerfile
// assembled the way its COPY lines do (standalone output, static files,
// public/, prisma/), started with its ENV and CMD, on a fresh PostgreSQL
// database. It must migrate at start, answer its health check, accept a lead
// with a webhook key, store it, and serve its icons and metrics.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connect, disconnect, getDb } from "@/lib/db";
import { createWebhookKey } from "@/lib/webhook-keys/create-key";
import { applyEnv } from "@/lib/env";
import { freePort, startProcess, type Running } from "./support/run-process";
import { createScratchDatabase, type ScratchDatabase } from "./support/scratch-database";

/** The Dockerfile's final stage: its ENV pairs, COPY --from=build lines and CMD. */
function appStage() {
  const text = fs.readFileSync("Dockerfile", "utf8").replace(/\\\n\s*/g, " ");
  const stage = text.slice(text.lastIndexOf("\nFROM "));
  const env: Record<string, string> = {};
  for (const [, pairs] of stage.matchAll(/^ENV (.+)$/gm))
    for (const [, k, v] of pairs!.matchAll(/(\w+)=(\S+)/g)) env[k!] = v!;
  const copies = [...stage.matchAll(/^COPY --from=build (?:--chown=\S+ )?\/app\/(\S+) (\S+)$/gm)].map(
    ([, from, to]) => ({ from: from!, to: to! }),
  );
  const cmd = JSON.parse(/^CMD (\[.+\])$/m.exec(stage)![1]!) as string[];
  const workdir = /^WORKDIR (\S+)$/m.exec(stage)![1]!;
  return { env, copies, cmd, workdir };
}

describe.runIf(process.env.TEST_DATABASE_URL)("container image (Dockerfile app stage) on PostgreSQL", () => {
  let db: ScratchDatabase | undefined;
  let server: Running | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-image-"));
  afterAll(async () => {
    await server?.stop();
    await disconnect();
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("starts as CMD does, migrates, stores a posted lead, serves icons and metrics", async () => {
    const stage = appStage();
    expect(stage.cmd).toEqual(["node", "scripts/lib/peer-server.mjs", "server.js"]);
    expect(stage.env.MIGRATE_ON_START).toBe("1");
    // The image's WORKDIR, as the Dockerfile's COPY lines fill it from the build.
    const app = path.join(dir, "app");
    for (const { from, to } of stage.copies) fs.cpSync(from, path.resolve(app, to), { recursive: true });
    expect(fs.existsSync(path.join(app, "server.js"))).toBe(true);
    // The build traced what the server needs, not the whole project (a path it could not
    // resolve once made it copy everything into the image, the local database's folder too).
    for (const folder of ["data", "tests", "e2e", "lib/db", "app"])
      expect(fs.existsSync(path.join(".next/standalone", folder)), folder).toBe(false);

    db = await createScratchDatabase("postgres", "image");
    const port = await freePort();
    const metricsToken = randomBytes(24).toString("hex");
    const env = {
      PATH: process.env.PATH,
      ...stage.env,
      // The image's /data and /app, here in the temporary folder.
      DATA_DIR: path.join(dir, "data"),
      LEADDESK_ROOT: app,
      ...(db.env as Record<string, string>),
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      APP_URL: `http://127.0.0.1:${port}`,
      METRICS_TOKEN: metricsToken,
      ADMIN_EMAIL: "admin@image.test",
    };
    server = startProcess(stage.cmd[0] === "node" ? process.execPath : stage.cmd[0]!, stage.cmd.slice(1), {
      env,
      cwd: app,
    });
    await server.waitFor(/Ready in/, 120_000);
    const url = `http://127.0.0.1:${port}`;
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    expect(server.output()).toMatch(/Database: PostgreSQL at .* \(applied \d{14}_/);
    expect(server.output()).toContain("First admin created: admin@image.test");

    applyEnv(db.env);
    await connect();
    const { key } = await createWebhookKey("Image test");
    const email = `image.${Date.now()}@contoso.com`;
    const posted = await fetch(`${url}/api/webhooks/marketplace/${key}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        UserDetails: { FirstName: "Ima", LastName: "Ge", Email: email },
        LeadSource: "AzureMarketplace-INS|contoso.offer",
      }),
    });
    expect(posted.status).toBe(201);
    expect(posted.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const lead = await (
      await getDb()
    ).lead.findFirst({ where: { email }, include: { receipt: { select: { clientAddress: true } } } });
    expect(lead?.id).toBe(((await posted.json()) as { id: string }).id);
    // The socket's address, stamped by the image's server: never "unknown", never a header the client sent.
    expect(lead?.receipt.clientAddress).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);

    // Pages, as the image's server sends them: the sign-in redirect, and a policy with a script nonce.
    const anonymous = await fetch(`${url}/leads`, { redirect: "manual" });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toBe("/login?callbackUrl=%2Fleads");
    const login = await fetch(`${url}/login`);
    const nonce = /'nonce-([^']+)'/.exec(login.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(await login.text()).toContain(`nonce="${nonce}"`);

    for (const file of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/manifest.webmanifest"]) {
      expect((await fetch(`${url}${file}`)).status, file).toBe(200);
    }
    expect((await fetch(`${url}/api/metrics`)).status).toBe(401);
    const metrics = await (
      await fetch(`${url}/api/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })
    ).text();
    expect(metrics).toMatch(/^leaddesk_leads_received_total\{source="AzureMarketplace",outcome="created"\} 1$/m);
    expect(server.output()).not.toContain(key); // the log scrubs webhook keys
  });
});
