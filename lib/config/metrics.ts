// METRICS_TOKEN turns GET /api/metrics on; it is the scraper's only credential.
import type { Env } from "@/lib/env";

const MIN_LENGTH = 16;

export function checkMetrics(env: Env): string[] {
  const token = env.METRICS_TOKEN?.trim();
  if (!token || token.length >= MIN_LENGTH) return [];
  return [
    `METRICS_TOKEN is ${token.length} characters long: use at least ${MIN_LENGTH} (\`openssl rand -hex 24\`), ` +
      "or unset it to turn /api/metrics off.",
  ];
}
