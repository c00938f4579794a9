// PORT is where `npm start` (and the container's server) listens.
import type { Env } from "@/lib/env";

export function checkPort(env: Env): string[] {
  const raw = env.PORT?.trim();
  if (!raw) return [];
  const port = Number(raw);
  // 0 asks the system for a free port (tests and benchmarks use it).
  return Number.isInteger(port) && port >= 0 && port <= 65535
    ? []
    : [`PORT "${raw}" is not a port: set a whole number from 1 to 65535, or leave it unset for 3000.`];
}
