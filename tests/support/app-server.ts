// Starts the production build (as `npm start` serves it) for the benchmark on its own
// port with the bench database, waits until /api/health answers, and reads
// the server process' memory from /proc.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
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
  /** The inspector's WebSocket address, when started with `inspect` (tests/support/server-inspector.ts speaks to it). */
  inspectorUrl?: string;
}

export interface StartOptions {
  /** The folder whose production build is served (default: the current one). */
  appDir?: string;
  /** Start Node with --inspect on a free loopback port, so a test can read the process's heap and prototypes. */
  inspect?: boolean;
  /** Serve with plain `next start` (a bare Next.js app, which has no scripts/lib/next-server.mjs). */
  plainNext?: boolean;
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

async function answers(url: string): Promise<boolean> {
  try {
    await (await fetch(url, { signal: AbortSignal.timeout(2_000) })).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

export async function startAppServer(
  port: number,
  env: Record<string, string | undefined>,
  options: StartOptions = {},
): Promise<AppServer> {
  const { appDir = process.cwd(), inspect = false, plainNext = false } = options;
  const url = `http://127.0.0.1:${port}`;
  // A server left on the port (an earlier run killed half-way) would answer the health check
  // below in this one's place, and everything after would measure or test the wrong process.
  if (await answers(url)) throw new Error(`Port ${port} is already served by another process: stop it first.`);
  const nodeArgs = inspect ? ["--inspect=127.0.0.1:0"] : [];
  // Next's handler behind the app's own listener (lib/http/app-listener.mjs, which `npm start`
  // runs around the standalone server.js), so client addresses come from the socket; a bare
  // Next.js app (the bench's baseline) has only `next start`.
  const serverArgs = plainNext
    ? [
        path.join(appDir, "node_modules/next/dist/bin/next"),
        "start",
        appDir,
        "--port",
        String(port),
        "--hostname",
        "127.0.0.1",
      ]
    : [path.join(appDir, "scripts/lib/next-server.mjs"), "start", String(port), "127.0.0.1"];
  const child = spawn(process.execPath, [...nodeArgs, ...serverArgs], {
    cwd: appDir,
    env: {
      ...process.env,
      // Defaults a caller may override (the crash test runs the in-app worker).
      DELIVERY_WORKER: "off",
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
    inspectorUrl: inspect ? /Debugger listening on (ws:\/\/\S+)/.exec(out)?.[1] : undefined,
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
