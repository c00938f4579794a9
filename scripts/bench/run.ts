// npm run bench — performance at scale, measured side by side with baselines
// in the same run (see docs/performance.md). Writes bench/results.json and
// bench/results.md.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runScript } from "../run-script";
import { startAppServer, waitForHttp, type AppServer } from "@/tests/support/app-server";
import { bareNextApp } from "./bare-next-app";
import { benchBuild } from "./bench-build";
import { benchBrowser, type BrowserFigure } from "./browser";
import { coldFilterViews } from "./cold-filters";
import { applyEnv } from "@/lib/env";
import { benchDatabase } from "./bench-database";
import { benchExport, type ExportFigure } from "./export-csv";
import { benchIngestion, type IngestFigure, type Target } from "./ingest";
import { parseBenchOptions, type BenchOptions } from "./options";
import { signIn, summarise, timePage, timePages, type PageFigure } from "./pages";
import { benchAdmin, prepareBenchDatabase, type Prepared } from "./prepare";
import { writeReport } from "./report";
import { verifyIngestion, type IngestCheck } from "@/tests/support/verify-ingestion";

export interface BenchResults {
  date: string;
  options: BenchOptions;
  machine: Record<string, string | number>;
  database: string;
  prepared: Omit<Prepared, "webhookKey" | "webhookKeyId" | "sampleLeadIds">;
  ingestion: IngestFigure[];
  ingestCheck: IngestCheck | null;
  /** Never-seen filter combinations, once each, on a fresh server; the default list in turns with them. */
  cold: { views: PageFigure[]; defaultList: PageFigure } | null;
  list: { page: PageFigure; noop: PageFigure }[];
  detail: PageFigure[];
  /** LCP of the leads page and INP of a filter change, in Chromium. */
  browser: BrowserFigure | null;
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
      return (
        JSON.parse(fs.readFileSync(path.join("node_modules", name, "package.json"), "utf8")) as { version: string }
      ).version;
    } catch {
      return "?";
    }
  };
  let commit = "?";
  try {
    commit = fs.readFileSync(".git/HEAD", "utf8").startsWith("ref:")
      ? fs.readFileSync(path.join(".git", fs.readFileSync(".git/HEAD", "utf8").slice(5).trim()), "utf8").trim()
      : fs.readFileSync(".git/HEAD", "utf8").trim();
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
    loadAverageAtStart: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" "),
  };
}

await runScript(
  async () => {
    const options = parseBenchOptions(process.argv.slice(2));
    const has = (p: BenchOptions["parts"][number]) => options.parts.includes(p);
    const db = benchDatabase(options);
    const notes: string[] = [];
    log(
      `Lead desk benchmark: ${db.describe}, ${options.size.toLocaleString("en")} leads, ` +
        `parts ${options.parts.join(",")}`,
    );

    // The working tree (or, with --source head, the committed code) built in a
    // folder of its own with the bench's baseline routes added.
    const appDir = benchBuild(options.source);
    const bareDir = bareNextApp();
    const bareEnv: Record<string, string | undefined> =
      options.db === "postgres"
        ? { DATABASE_URL: db.env.DATABASE_URL }
        : { DATABASE_URL: undefined, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-bench-bare-")) };
    const startBare = async () => {
      const bare = await startAppServer(options.port + 1, bareEnv, { appDir: bareDir, plainNext: true });
      // Opens its database now, so the first timed run does not wait for it.
      const res = await fetch(`${bare.url}/api/insert`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      if (res.status !== 201)
        throw new Error(`The bare app's insert route answered ${res.status}: ${await res.text()}`);
      return bare;
    };
    const secrets = {
      AUTH_SECRET: randomBytes(32).toString("hex"),
      ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    };
    applyEnv({ ...db.env, ...secrets });
    if (has("seed")) await db.recreate();
    else if (!(await db.exists())) throw new Error(`${db.describe} does not exist yet: run with --parts seed,… first.`);
    const { exportRows } = options;
    const prepared = await prepareBenchDatabase({ seed: has("seed"), size: options.size, exportRows, log });
    if (prepared.seed)
      log(
        `Seeded ${prepared.seed.leads.toLocaleString("en")} leads in ${(prepared.seed.ms / 1000).toFixed(1)} s ` +
          `(${(prepared.seed.indexMs / 1000).toFixed(1)} s of it building indexes; ` +
          `+ ${(prepared.seed.analyzeMs / 1000).toFixed(1)} s VACUUM/ANALYZE).`,
      );
    if (!has("seed") && Math.abs(prepared.leadCount - options.size) > options.size * 0.2) {
      notes.push(`The database holds ${prepared.leadCount} leads, not ${options.size}.`);
    }

    const results: BenchResults = {
      date: new Date().toISOString(),
      options,
      machine: machine(),
      database: `${db.describe} — ${prepared.serverVersion}`,
      prepared: {
        seed: prepared.seed,
        leadCount: prepared.leadCount,
        exportFrom: prepared.exportFrom,
        exportRows: prepared.exportRows,
        serverVersion: prepared.serverVersion,
      },
      ingestion: [],
      ingestCheck: null,
      cold: null,
      list: [],
      detail: [],
      browser: null,
      export: null,
      notes,
    };

    const pageParts = has("cold") || has("list") || has("detail") || has("browser") || has("export");
    let server: AppServer | null = null;
    let bare: AppServer | null = null;
    try {
      if (pageParts) {
        server = await startAppServer(options.port, { ...db.env, ...secrets }, { appDir });
        bare = await startBare();
        const cookie = await signIn(server.url, benchAdmin.email, benchAdmin.password);
        if (has("cold")) {
          // First, while the server has seen no filter: each combination once, the default list in turns with them.
          // The unfiltered list first, so the server's own first-request costs (modules, pools) are not a filter's.
          await timePages(server.url, cookie, [{ name: "warm-up", path: "/leads" }], 0, 3);
          log(`Cold filters (${options.cold} never-seen combinations, full streamed page):`);
          const views: PageFigure[] = [];
          const defaults: PageFigure[] = [];
          for (const view of coldFilterViews(options.cold, options.coldSeed, options.coldWide)) {
            const [figure, list] = await timePages(
              server.url,
              cookie,
              [
                { name: view, path: view },
                { name: "default list", path: "/leads" },
              ],
              1,
              0,
            );
            views.push(figure!);
            defaults.push(list!);
          }
          results.cold = {
            views,
            defaultList: summarise(
              "default list between them",
              "/leads",
              defaults.map((f) => f.p50),
            ),
          };
          const all = summarise(
            "cold filters",
            "",
            views.map((f) => f.p50),
          );
          log(
            `  p50 ${all.p50.toFixed(0)} ms  p95 ${all.p95.toFixed(0)} ms  max ${all.max.toFixed(0)} ms; ` +
              `default list between them p95 ${results.cold.defaultList.p95.toFixed(0)} ms`,
          );
        }
        if (has("list")) {
          log("Lead list (full response, signed in):");
          for (const [name, view] of listViews) {
            // The bare app's do-nothing page in turns with each view, so both see the same load.
            const [noop, page] = (await timePages(
              server.url,
              cookie,
              [
                { name: `noop for ${name}`, path: `${bare.url}${view.replace("/leads", "/noop-page")}` },
                { name, path: view },
              ],
              options.samples,
            )) as [PageFigure, PageFigure];
            results.list.push({ page, noop });
            log(
              `  ${name.padEnd(22)} p50 ${page.p50.toFixed(0).padStart(4)} ms  ` +
                `p95 ${page.p95.toFixed(0).padStart(4)} ms   first ${page.first.toFixed(0).padStart(4)} ms  ` +
                `(do-nothing p95 ${noop.p95.toFixed(0)} ms)`,
            );
          }
        }
        if (has("detail")) {
          let i = 0;
          const ids = prepared.sampleLeadIds;
          const pages = [
            ["lead page", () => `/leads/${ids[i++ % ids.length]}`],
            ["overview", "/"],
            ["in-app do-nothing page", "/bench/noop-page"],
            ["do-nothing page", `${bare.url}/noop-page`],
          ] as const;
          for (const [name, view] of pages) {
            const figure = await timePage(server.url, cookie, name, view, options.samples);
            results.detail.push(figure);
            log(
              `  ${name.padEnd(22)} p50 ${figure.p50.toFixed(0).padStart(4)} ms  ` +
                `p95 ${figure.p95.toFixed(0).padStart(4)} ms`,
            );
          }
        }
        if (has("browser")) {
          results.browser = await benchBrowser(server.url, cookie, Math.min(options.samples, 20));
          const { lcpMs, inpMs } = results.browser;
          log(
            `Browser: leads page LCP p75 ${lcpMs.p75.toFixed(0)} ms (max ${lcpMs.max.toFixed(0)}), ` +
              `filter change INP p75 ${inpMs.p75.toFixed(0)} ms (max ${inpMs.max.toFixed(0)})`,
          );
        }
        if (has("export")) {
          const exportPath = `/api/leads/export${prepared.exportFrom ? `?from=${prepared.exportFrom}` : ""}`;
          log(`CSV export ${exportPath} (${prepared.exportRows.toLocaleString("en")} rows):`);
          results.export = await benchExport(server, cookie, exportPath, Math.min(options.runs, 3), log);
        }
        await server.stop();
        server = null;
        await bare.stop();
        bare = null;
      }
      if (has("ingest")) {
        server = await startAppServer(options.port, { ...db.env, ...secrets }, { appDir });
        bare = await startBare();
        await waitForHttp(`${server.url}/api/health`, 10_000);
        const targets: Target[] = [
          { name: "bare-noop", url: `${bare.url}/api/noop` },
          { name: "noop", url: `${server.url}/api/bench/noop` },
          { name: "webhook", url: `${server.url}/api/webhooks/marketplace/${prepared.webhookKey}` },
          { name: "bare-insert", url: `${bare.url}/api/insert` },
        ];
        log(
          `Ingestion (${options.duration} s per run, ${options.runs} runs, ` +
            `concurrency ${options.concurrency.join(", ")}):`,
        );
        let webhookOk = 0;
        try {
          const ingestion = await benchIngestion(targets, {
            concurrency: options.concurrency,
            runs: options.runs,
            duration: options.duration,
            log,
          });
          results.ingestion = ingestion.figures;
          webhookOk = ingestion.webhookOk;
        } finally {
          await bare.stop();
          bare = null;
          await server.stop();
          server = null;
        }
        results.ingestCheck = await verifyIngestion(prepared.webhookKeyId, webhookOk);
        log(`  check: ${JSON.stringify(results.ingestCheck)}`);
      }
    } finally {
      await server?.stop();
      await bare?.stop();
      if (bareEnv.DATA_DIR) fs.rmSync(bareEnv.DATA_DIR, { recursive: true, force: true });
    }

    const files = writeReport(results);
    log(`Wrote ${files.join(" and ")}.`);
  },
  { checkConfig: false },
); // the benchmark sets up the databases and secrets it measures
