// The delivery worker's settings (lib/delivery/worker-config.ts reads them).
import type { Env } from "@/lib/env";

const SWITCH = /^(on|off|true|false|1|0|yes|no)$/i;

function positiveMs(env: Env, name: string, example: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  const n = Number(raw);
  if (Number.isFinite(n) && n > 0) return [];
  return [`${name} "${raw}" is not a number of milliseconds: set e.g. ${example}, or unset it.`];
}

export function checkDelivery(env: Env): string[] {
  const worker = env.DELIVERY_WORKER?.trim();
  return [
    ...(worker && !SWITCH.test(worker) ? [`DELIVERY_WORKER "${worker}" is neither on nor off: set on or off.`] : []),
    ...positiveMs(env, "DELIVERY_POLL_MS", "5000"),
    ...positiveMs(env, "DELIVERY_LEASE_MS", "120000"),
  ];
}
