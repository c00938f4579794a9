import type { Env } from "@/lib/env";

/** The app's public base URL: APP_URL, else this machine on PORT (3000). No trailing slash. */
export function appUrl(env: Env = process.env, port: number | string = env.PORT || 3000): string {
  return (env.APP_URL || `http://localhost:${port}`).replace(/\/+$/, "");
}
