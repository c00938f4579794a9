// Starts the app's server (next-server.mjs: Next's handler, with each
// request's socket address stamped for lib/http/client-address.ts) in
// production or development mode as a child and passes signals through, so
// Ctrl-C and container stops shut the server down cleanly. With logFile, the
// server's output is also written there (the end-to-end suite reads it).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { appUrl } from "@/lib/app-url";

export function serve(mode: "start" | "dev", port: number, env: NodeJS.ProcessEnv = process.env, options: { logFile?: string } = {}): void {
  const publicUrl = appUrl(env, port);
  const server = path.join(process.cwd(), "scripts/lib/next-server.mjs");
  const child = spawn(
    process.execPath,
    [server, mode, String(port), ...(env.HOSTNAME ? [env.HOSTNAME] : [])],
    { stdio: options.logFile ? ["inherit", "pipe", "pipe"] : "inherit", env: { ...env, APP_URL: publicUrl, NEXTAUTH_URL: env.NEXTAUTH_URL || publicUrl, NEXT_TELEMETRY_DISABLED: "1" } },
  );
  if (options.logFile) {
    const log = fs.createWriteStream(options.logFile, { flags: "w" });
    child.stdout?.on("data", (chunk: Buffer) => (process.stdout.write(chunk), log.write(chunk)));
    child.stderr?.on("data", (chunk: Buffer) => (process.stderr.write(chunk), log.write(chunk)));
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  console.log(`Lead desk is starting on ${publicUrl}`);
}
