// Spawning the app's own scripts (tsx) as child processes for multi-process
// tests (scale-out, assignment under concurrency): output captured, polled
// waits that show it on timeout, and graceful stops.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

export interface Child {
  process: ChildProcess;
  output: () => string;
}

export function start(script: string, env: NodeJS.ProcessEnv): Child {
  const child = spawn(tsx, [path.join(root, script)], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  return { process: child, output: () => out };
}

export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  output = () => "",
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** SIGTERM to each; resolves with their exit codes. */
export async function stop(children: Child[]) {
  const exits = children.map((c) =>
    c.process.exitCode !== null
      ? Promise.resolve(c.process.exitCode)
      : new Promise<number | null>((resolve) => c.process.once("exit", resolve)),
  );
  children.forEach((c) => c.process.kill("SIGTERM"));
  return Promise.all(exits);
}

/** The port a scripts/bench/webhook-server.ts child printed ("listening on <port>"), 0 until then. */
export const listeningPort = (c: Child) => Number(/listening on (\d+)/.exec(c.output())?.[1] ?? 0);
