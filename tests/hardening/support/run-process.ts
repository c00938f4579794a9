// Child processes of the hardening tests: a command run to its end with its
// output, or a long-running one watched until its output says it is ready.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import type { Env } from "@/lib/env";

export interface Finished {
  code: number | null;
  out: string;
}

export function runToEnd(
  command: string,
  args: string[],
  options: { env: Env; cwd?: string; timeoutMs?: number },
): Promise<Finished> {
  const child = spawn(command, args, {
    env: options.env as NodeJS.ProcessEnv,
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    }),
  );
}

export interface Running {
  child: ChildProcess;
  output(): string;
  /** Resolves once the output matches, rejects when the process ends first or the time is up. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export function startProcess(command: string, args: string[], options: { env: Env; cwd?: string }): Running {
  const child = spawn(command, args, {
    env: options.env as NodeJS.ProcessEnv,
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return {
    child,
    output: () => out,
    async waitFor(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(out)) {
        if (child.exitCode !== null)
          throw new Error(`The process ended (${child.exitCode}) before ${pattern}:\n${out}`);
        if (Date.now() > deadline) throw new Error(`No ${pattern} within ${timeoutMs} ms:\n${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

/** A port nothing listens on right now (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
