// Starts the production server as the container does (`node server.js` of the
// standalone output, see standalone.ts), or `next dev`, as a child and passes
// signals through, so Ctrl-C and container stops shut the server down cleanly.
// With logFile, the server's output is also written there (the end-to-end
// suite reads it).
import { spawn, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { appUrl } from "@/lib/app-url";
import { standaloneEnv, standaloneServer } from "./standalone";

type ServeOptions = { logFile?: string };

export function serve(
  mode: "start" | "dev",
  port: number,
  env: NodeJS.ProcessEnv = process.env,
  options: ServeOptions = {},
): void {
  const publicUrl = appUrl(env, port);
  const urls = { APP_URL: publicUrl, NEXTAUTH_URL: env.NEXTAUTH_URL || publicUrl, NEXT_TELEMETRY_DISABLED: "1" };
  const stdio: StdioOptions = options.logFile ? ["inherit", "pipe", "pipe"] : "inherit";
  const next = path.join(process.cwd(), "node_modules/next/dist/bin/next");
  const hostname = env.HOSTNAME ? ["--hostname", env.HOSTNAME] : [];
  const child =
    mode === "start"
      ? // server.js listens on PORT and HOSTNAME (all interfaces unless set), like the image.
        spawn(process.execPath, [standaloneServer()], {
          stdio,
          env: { ...standaloneEnv(env), ...urls, PORT: String(port), HOSTNAME: env.HOSTNAME || "0.0.0.0" },
        })
      : spawn(process.execPath, [next, "dev", "--port", String(port), ...hostname], {
          stdio,
          env: { ...env, ...urls },
        });
  if (options.logFile) {
    const log = fs.createWriteStream(options.logFile, { flags: "w" });
    child.stdout?.on("data", (chunk: Buffer) => (process.stdout.write(chunk), log.write(chunk)));
    child.stderr?.on("data", (chunk: Buffer) => (process.stderr.write(chunk), log.write(chunk)));
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  console.log(`Lead desk is starting on ${publicUrl}`);
}
