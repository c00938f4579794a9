// LOG_FORMAT and LOG_LEVEL (lib/log/logger.ts reads them).
import type { Env } from "@/lib/env";
import { logLevels } from "@/lib/log/logger";

export function checkLogging(env: Env): string[] {
  const format = env.LOG_FORMAT?.trim().toLowerCase();
  const level = env.LOG_LEVEL?.trim().toLowerCase();
  return [
    ...(format && format !== "json" && format !== "pretty"
      ? [`LOG_FORMAT "${env.LOG_FORMAT}" is unknown: set json (one JSON object per line) or pretty, or unset it.`]
      : []),
    ...(level && !(logLevels as readonly string[]).includes(level)
      ? [`LOG_LEVEL "${env.LOG_LEVEL}" is unknown: set one of ${logLevels.join(", ")}, or unset it (info).`]
      : []),
  ];
}
