// Production defaults for a send: the SSRF-guarded fetch and a 15 s deadline per request.
import { randomUUID } from "node:crypto";
import { guardedFetch } from "@/lib/security/guarded-fetch";
import type { SendContext } from "@/lib/destinations/types";

export const DEFAULT_TIMEOUT_MS = 15_000;

export function createSendContext(overrides: Partial<SendContext> = {}): SendContext {
  return { fetch: guardedFetch, deliveryId: randomUUID(), timeoutMs: DEFAULT_TIMEOUT_MS, now: new Date(), ...overrides };
}
