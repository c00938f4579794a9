// Starts `next start` (or `next dev`) as a child and passes signals through,
// so Ctrl-C and container stops shut the server down cleanly.
import { spawn } from "node:child_process";
import path from "node:path";

export function serve(mode: "start" | "dev", port: number, env: NodeJS.ProcessEnv = process.env): void {
  const appUrl = env.APP_URL || `http://localhost:${port}`;
  const child = spawn(
    process.execPath,
    [path.join(process.cwd(), "node_modules/next/dist/bin/next"), mode, "--port", String(port), ...(env.HOSTNAME ? ["--hostname", env.HOSTNAME] : [])],
    { stdio: "inherit", env: { ...env, APP_URL: appUrl, NEXTAUTH_URL: env.NEXTAUTH_URL || appUrl, NEXT_TELEMETRY_DISABLED: "1" } },
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  console.log(`Lead desk is starting on ${appUrl}`);
}
