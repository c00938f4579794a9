// Shared bits of the destination tests.
import { afterAll, beforeAll, expect } from "vitest";
import { createSendContext } from "@/lib/destinations/send";
import type { DeliveryOutcome, SendContext } from "@/lib/destinations/types";

/** The fakes listen on 127.0.0.1, which the SSRF guard blocks unless allowed. */
export function allowLoopbackForFakes(): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.OUTBOUND_ALLOW_HOSTS;
    process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.OUTBOUND_ALLOW_HOSTS;
    else process.env.OUTBOUND_ALLOW_HOSTS = saved;
  });
}

export function testContext(overrides: Partial<SendContext> = {}): SendContext {
  return createSendContext({ timeoutMs: 3000, deliveryId: "dlv-test-1", ...overrides });
}

/** No secret may appear anywhere in what the delivery log keeps — in any encoding. */
export function expectNoSecrets(outcome: DeliveryOutcome, secrets: string[]): void {
  const logged = JSON.stringify({
    request: outcome.request,
    verdict: outcome.verdict,
    error: outcome.error,
    excerpt: outcome.responseExcerpt,
  });
  for (const secret of secrets) {
    for (const form of [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)]) {
      expect(logged).not.toContain(form);
    }
  }
}

/** Run `fn` with OUTBOUND_ALLOW_HOSTS unset, as in production. */
export async function withoutAllowList<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.env.OUTBOUND_ALLOW_HOSTS;
  delete process.env.OUTBOUND_ALLOW_HOSTS;
  try {
    return await fn();
  } finally {
    if (saved !== undefined) process.env.OUTBOUND_ALLOW_HOSTS = saved;
  }
}
