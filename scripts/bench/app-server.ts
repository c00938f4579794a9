// Starts the production build (as `npm start` serves it) for the benchmark on its own
// port with the bench database, waits until /api/health answers, and reads
// the server process' memory from /proc.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface AppServer {
  url: string;
  pid: number;
  /** Resident memory of the server and its child processes, in kB. */
  rssKb(): number;
  /** Resets the peak-RSS counter (VmHWM) of the server processes (Linux, same user). */
  resetPeak(): boolean;
  /** Peak RSS (sum of VmHWM) since start or the last resetPeak(), in kB. */
  peakKb(): number;
  stop(): Promise<void>;
  /** SIGKILL to the server and every process under it, as a crash would; resolves once the server has exited. */
  kill(): Promise<void>;
  output(): string;
}

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess, output?: () => string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`Server exited (${child.exitCode}):\n${output?.() ?? ""}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output?.() ?? ""}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The committed code (git HEAD) exported to a folder of its own and built there
 * with ensureBuild(), for checkouts where others edit and rebuild meanwhile.
 * Reused while HEAD is unchanged.
 */
export function buildFromHead(root = process.cwd()): string {
  const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  const dir = path.join(os.tmpdir(), "leaddesk-bench-head");
  const stamp = path.join(dir, ".bench-commit");
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== commit) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    execFileSync("sh", ["-c", `git archive --format=tar HEAD | tar -x -C "${dir}"`], { cwd: root });
    // Turbopack resolves nothing outside the project folder, so no symlinks:
    // hard links for node_modules (same file system, no copy), a copy of the generated client.
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
    fs.cpSync(path.join(root, "lib/generated"), path.join(dir, "lib/generated"), { recursive: true });
    fs.writeFileSync(stamp, commit);
  }
  buildIn(dir);
  return dir;
}

/** ensureBuild() in `dir`, without database settings (a build never touches the database). */
export function buildIn(dir: string) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  const result = spawnSync(process.execPath, ["--import", "tsx", "-e", "import('./scripts/lib/ensure-build.ts').then((m) => m.ensureBuild())"], { cwd: dir, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`The production build in ${dir} failed.`);
}

const buildRunning = () =>
  fs.readdirSync("/proc").some((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    try {
      return /next(\/dist\/bin\/next)?\0build/.test(fs.readFileSync(`/proc/${entry}/cmdline`, "utf8"));
    } catch {
      return false;
    }
  });

/**
 * Other people's `next build` in this checkout replaces .next under a running
 * server. So the benchmark serves a private copy: the current build (without
 * its cache) beside links to everything else in the project. Waits for a
 * build in progress to finish first.
 */
export async function snapshotBuild(root = process.cwd()): Promise<string> {
  const dir = path.join(os.tmpdir(), "leaddesk-bench-app");
  for (let attempt = 0; ; attempt++) {
    const deadline = Date.now() + 15 * 60_000;
    while (buildRunning() || !fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
      if (Date.now() > deadline) throw new Error("Waited 15 minutes for a `next build` in this checkout to finish.");
      await new Promise((r) => setTimeout(r, 2000));
    }
    const id = fs.readFileSync(path.join(root, ".next/BUILD_ID"), "utf8");
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const entry of fs.readdirSync(root)) {
      if (entry === ".next" || entry === ".git") continue;
      fs.symlinkSync(path.join(root, entry), path.join(dir, entry));
    }
    fs.cpSync(path.join(root, ".next"), path.join(dir, ".next"), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => !src.startsWith(path.join(root, ".next/cache")),
    });
    const after = fs.readFileSync(path.join(root, ".next/BUILD_ID"), { encoding: "utf8", flag: "r" });
    if (after === id && !buildRunning()) return dir;
    if (attempt > 3) throw new Error("The build kept changing while it was copied.");
  }
}

export async function startAppServer(port: number, env: Record<string, string | undefined>, appDir = process.cwd()): Promise<AppServer> {
  const url = `http://127.0.0.1:${port}`;
  // The app's own server (as `npm start` runs it), so client addresses come from the socket.
  const server = path.join(appDir, "scripts/lib/next-server.mjs");
  const child = spawn(process.execPath, [server, "start", String(port), "127.0.0.1"], {
    cwd: appDir,
    env: {
      ...process.env,
      // Defaults a caller may override (the crash test runs the in-app worker).
      DELIVERY_WORKER: "off",
      LEADDESK_BENCH_ROUTES: "1",
      ...env,
      NODE_ENV: "production",
      APP_URL: url,
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
    } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (d: Buffer) => (out = (out + d.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  await waitForHttp(`${url}/api/health`, 60_000, child, () => out);
  const pids = () => descendants(child.pid!);
  return {
    url,
    pid: child.pid!,
    rssKb: () => pids().reduce((sum, pid) => sum + statusKb(pid, "VmRSS"), 0),
    resetPeak: () =>
      pids().every((pid) => {
        try {
          fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
          return true;
        } catch {
          return false;
        }
      }),
    peakKb: () => pids().reduce((sum, pid) => sum + statusKb(pid, "VmHWM"), 0),
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        // The whole tree: a child of next start left alive would keep the port or the database.
        for (const pid of pids()) {
          try {
            process.kill(pid, "SIGKILL");
          } catch {
            // already gone
          }
        }
      }),
  };
}
