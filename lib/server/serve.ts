// Starts the production server as the container does (the standalone output's
// server.js, see standalone.ts, behind peer-server.mjs), or the development
// server (next-server.mjs), as a child and passes signals through, so Ctrl-C
// and container stops shut the server down cleanly. Both stamp each request
// with its socket address for lib/http/client-address.ts.
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
  const script = (name: string) => path.join(process.cwd(), "scripts/lib", name);
  const child =
    mode === "start"
      ? // server.js listens on PORT and HOSTNAME (all interfaces unless set), like the image.
        spawn(process.execPath, [script("peer-server.mjs"), standaloneServer()], {
          stdio,
          env: { ...standaloneEnv(env), ...urls, PORT: String(port), HOSTNAME: env.HOSTNAME || "0.0.0.0" },
        })
      : spawn(
          process.execPath,
          [script("next-server.mjs"), "dev", String(port), ...(env.HOSTNAME ? [env.HOSTNAME] : [])],
          {
            stdio,
            env: { ...env, ...urls },
          },
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
