// npm run bench — performance at scale, measured side by side with baselines
// in the same run (see README → Performance). Writes bench/results.json and
// bench/results.md.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runScript } from "../run-script";
import { buildFromHead, buildIn, snapshotBuild, startAppServer, waitForHttp, type AppServer } from "./app-server";
import { applyEnv, benchDatabase } from "./bench-database";
import { benchExport, type ExportFigure } from "./export-csv";
import { benchIngestion, type IngestFigure, type Target } from "./ingest";
import { parseBenchOptions, type BenchOptions } from "./options";
import { signIn, timePage, timePages, type PageFigure } from "./pages";
import { benchAdmin, prepareBenchDatabase, type Prepared } from "./prepare";
import { writeReport } from "./report";
import { verifyIngestion, type IngestCheck } from "./verify-ingestion";

export interface BenchResults {
  date: string;
  options: BenchOptions;
  machine: Record<string, string | number>;
  database: string;
  prepared: Omit<Prepared, "webhookKey" | "webhookKeyId" | "sampleLeadIds">;
  ingestion: IngestFigure[];
  ingestCheck: IngestCheck | null;
  list: { page: PageFigure; noop: PageFigure }[];
  detail: PageFigure[];
  export: ExportFigure | null;
  notes: string[];
}

const log = (s: string) => console.log(s);

/** The lead-list views a sales team uses most; each is compared with the do-nothing page. */
export const listViews: [string, string][] = [
  ["default", "/leads"],
  ["source", "/leads?source=AzurePortal"],
  ["action", "/leads?action=PLT"],
  ["stage", "/leads?stage=ACTIVE"],
  ["offer", "/leads?offer=contoso.analytics-suite"],
  ["status", "/leads?status=QUALIFIED"],
  ["owner", "/leads?owner=unassigned"],
  ["date range", "/leads?range=7d"],
  ["three filters", "/leads?source=AppSource&stage=ACTIVE&status=NEW"],
  ["text search", "/leads?q=garc%C3%ADa"],
  ["text search, rare", "/leads?q=olivia.smith.42"],
  ["page 50", "/leads?page=50"],
  ["sorted by name", "/leads?sort=name"],
  ["collapsed duplicates", "/leads?collapse=1"],
];

function machine(): Record<string, string | number> {
  const pkg = (name: string) => {
    try {
      return (JSON.parse(fs.readFileSync(path.join("node_modules", name, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      return "?";
    }
  };
  let commit = "?";
  try {
    commit = fs.readFileSync(".git/HEAD", "utf8").startsWith("ref:") ? fs.readFileSync(path.join(".git", fs.readFileSync(".git/HEAD", "utf8").slice(5).trim()), "utf8").trim() : fs.readFileSync(".git/HEAD", "utf8").trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu: os.cpus()[0]?.model ?? "?",
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    next: pkg("next"),
    react: pkg("react"),
    prisma: pkg("@prisma/client"),
    pg: pkg("pg"),
    pglite: pkg("@electric-sql/pglite"),
    autocannon: pkg("autocannon"),
    commit: commit.slice(0, 12),
    loadAverageAtStart: os.loadavg().map((n) => n.toFixed(2)).join(" "),
  };
}

async function startRawServer(port: number, options: BenchOptions, dbEnv: Record<string, string | undefined>) {
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(port) };
  if (options.db === "postgres") env.DATABASE_URL = dbEnv.DATABASE_URL;
  else {
    delete env.DATABASE_URL;
    env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-bench-raw-"));
  }
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "raw-insert-server.ts")], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!out.includes("ready")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The raw insert server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      if (env.DATA_DIR && options.db === "pglite") fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
    },
  };
}

await runScript(async () => {
  const options = parseBenchOptions(process.argv.slice(2));
  const has = (p: BenchOptions["parts"][number]) => options.parts.includes(p);
  const db = benchDatabase(options);
  const notes: string[] = [];
  log(`Lead desk benchmark: ${db.describe}, ${options.size.toLocaleString("en")} leads, parts ${options.parts.join(",")}`);

  // The working tree's build (ensureBuild), served from a private copy; or, with
  // --source head, the committed code exported and built in a folder of its own.
  let appDir: string;
  if (options.source === "head") appDir = buildFromHead();
  else {
    buildIn(process.cwd());
    appDir = await snapshotBuild();
  }
  const secrets = { AUTH_SECRET: randomBytes(32).toString("hex"), ENCRYPTION_KEY: randomBytes(32).toString("base64") };
  applyEnv({ ...db.env, ...secrets });
  if (has("seed")) await db.recreate();
  else if (!(await db.exists())) throw new Error(`${db.describe} does not exist yet: run with --parts seed,… first.`);
  const prepared = await prepareBenchDatabase({ seed: has("seed"), size: options.size, log });
  if (prepared.seed) log(`Seeded ${prepared.seed.leads.toLocaleString("en")} leads in ${(prepared.seed.ms / 1000).toFixed(1)} s (${(prepared.seed.indexMs / 1000).toFixed(1)} s of it building indexes; + ${(prepared.seed.analyzeMs / 1000).toFixed(1)} s VACUUM/ANALYZE).`);
  if (!has("seed") && Math.abs(prepared.leadCount - options.size) > options.size * 0.2) {
    notes.push(`The database holds ${prepared.leadCount} leads, not ${options.size}.`);
  }

  const results: BenchResults = {
    date: new Date().toISOString(),
    options,
    machine: machine(),
    database: `${db.describe} — ${prepared.serverVersion}`,
    prepared: { seed: prepared.seed, leadCount: prepared.leadCount, exportFrom: prepared.exportFrom, exportRows: prepared.exportRows, serverVersion: prepared.serverVersion },
    ingestion: [],
    ingestCheck: null,
    list: [],
    detail: [],
    export: null,
    notes,
  };

  const pageParts = has("list") || has("detail") || has("export");
  let server: AppServer | null = null;
  try {
    if (pageParts) {
      server = await startAppServer(options.port, { ...db.env, ...secrets }, appDir);
      const cookie = await signIn(server.url, benchAdmin.email, benchAdmin.password);
      if (has("list")) {
        log("Lead list (full response, signed in):");
        for (const [name, view] of listViews) {
          // The do-nothing page in turns with each view, so both see the same load.
          const [noop, page] = (await timePages(
            server.url,
            cookie,
            [
              { name: `noop for ${name}`, path: view.replace("/leads", "/bench/noop-page") },
              { name, path: view },
            ],
            options.samples,
          )) as [PageFigure, PageFigure];
          results.list.push({ page, noop });
          log(`  ${name.padEnd(22)} p50 ${page.p50.toFixed(0).padStart(4)} ms  p95 ${page.p95.toFixed(0).padStart(4)} ms   first ${page.first.toFixed(0).padStart(4)} ms  (do-nothing p95 ${noop.p95.toFixed(0)} ms)`);
        }
      }
      if (has("detail")) {
        let i = 0;
        const ids = prepared.sampleLeadIds;
        for (const [name, view] of [["lead page", () => `/leads/${ids[i++ % ids.length]}`], ["overview", "/"], ["do-nothing page", "/bench/noop-page"]] as const) {
          const figure = await timePage(server.url, cookie, name, view, options.samples);
          results.detail.push(figure);
          log(`  ${name.padEnd(22)} p50 ${figure.p50.toFixed(0).padStart(4)} ms  p95 ${figure.p95.toFixed(0).padStart(4)} ms`);
        }
      }
      if (has("export")) {
        const exportPath = `/api/leads/export${prepared.exportFrom ? `?from=${prepared.exportFrom}` : ""}`;
        log(`CSV export ${exportPath} (${prepared.exportRows.toLocaleString("en")} rows):`);
        results.export = await benchExport(server, cookie, exportPath, Math.min(options.runs, 3), log);
      }
      await server.stop();
      server = null;
    }
    if (has("ingest")) {
      server = await startAppServer(options.port, { ...db.env, ...secrets }, appDir);
      const raw = await startRawServer(options.port + 1, options, db.env);
      await waitForHttp(`${server.url}/api/health`, 10_000);
      const targets: Target[] = [
        { name: "noop", url: `${server.url}/api/bench/noop` },
        { name: "webhook", url: `${server.url}/api/webhooks/marketplace/${prepared.webhookKey}` },
        { name: "raw", url: raw.url },
      ];
      log(`Ingestion (${options.duration} s per run, ${options.runs} runs, concurrency ${options.concurrency.join(", ")}):`);
      let webhookOk = 0;
      try {
        const ingestion = await benchIngestion(targets, { concurrency: options.concurrency, runs: options.runs, duration: options.duration, log });
        results.ingestion = ingestion.figures;
        webhookOk = ingestion.webhookOk;
      } finally {
        await raw.stop();
        await server.stop();
        server = null;
      }
      results.ingestCheck = await verifyIngestion(prepared.webhookKeyId, webhookOk);
      log(`  check: ${JSON.stringify(results.ingestCheck)}`);
    }
  } finally {
    await server?.stop();
  }

  const files = writeReport(results);
  log(`Wrote ${files.join(" and ")}.`);
}, { checkConfig: false }); // the benchmark sets up the databases and secrets it measures
