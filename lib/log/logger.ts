// The one logger (pino). LOG_FORMAT=json: one JSON object per line for a log
// collector; otherwise readable lines for a terminal. LOG_LEVEL (info) filters.
// Every record goes through scrub(): no secret, key or lead body is written.
//   import { logger } from "@/lib/log/logger";
//   logger.info({ requestId, status }, "webhook answered");
import pino, { type Logger } from "pino";
import type { Env } from "@/lib/env";
import { readableLine } from "./readable-line";
import { scrub, scrubText } from "./scrub";

export const logLevels = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;

export function createLogger(env: Env = process.env, out: { write(text: string): unknown } = process.stdout): Logger {
  const json = env.LOG_FORMAT?.trim().toLowerCase() === "json";
  const level = env.LOG_LEVEL?.trim().toLowerCase() || "info";
  return pino(
    {
      level: (logLevels as readonly string[]).includes(level) ? level : "info",
      base: { pid: process.pid },
      formatters: {
        level: (label, number) => ({ level: json ? label : number }),
        log: (fields) => scrub(fields) as Record<string, unknown>,
      },
      hooks: {
        // Scrub the message too (a URL in it may carry a webhook key).
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === "string" ? scrubText(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    { write: (line: string) => out.write(json ? line : readableLine(line)) },
  );
}

// One per process, also across the separate module copies Next loads (instrumentation, routes).
const holder = globalThis as unknown as { __leaddeskLogger?: Logger };
export const logger: Logger = (holder.__leaddeskLogger ??= createLogger());
