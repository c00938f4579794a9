// One outbound HTTP request with a deadline, timing and a bounded body read.
// Never throws: a network error, timeout or SSRF block comes back in `error`.
import type { OutboundRequestInit, OutboundResponse } from "@/lib/security/guarded-fetch";
import { MASK } from "@/lib/destinations/secret-scrubber";
import type { RecordedRequest, SendContext } from "@/lib/destinations/types";

export interface HttpRequest extends Omit<OutboundRequestInit, "signal"> {
  url: string;
  headers: Record<string, string>;
}

export interface HttpExchange {
  request: HttpRequest;
  status: number | null;
  headers: OutboundResponse["headers"] | null;
  /** Response body (first 256 KB). */
  text: string;
  latencyMs: number;
  error: unknown;
}

const MAX_BODY = 256 * 1024;

export async function httpCall(
  ctx: Pick<SendContext, "fetch" | "timeoutMs">,
  request: HttpRequest,
): Promise<HttpExchange> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await ctx.fetch(request.url, { ...request, signal: AbortSignal.timeout(ctx.timeoutMs) });
    const text = (await response.text()).slice(0, MAX_BODY);
    return { request, status: response.status, headers: response.headers, text, latencyMs: elapsed(), error: null };
  } catch (error) {
    return { request, status: null, headers: null, text: "", latencyMs: elapsed(), error: rootCause(error) };
  }
}

/** fetch wraps connection failures as TypeError("fetch failed") with the real error as `cause`. */
export function rootCause(error: unknown): unknown {
  let e = error;
  while (e instanceof TypeError && (e as { cause?: unknown }).cause) e = (e as { cause?: unknown }).cause;
  return e;
}

export function describeError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; code?: string; message?: string } | null;
  if (e?.name === "TimeoutError" || e?.name === "AbortError")
    return `no answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`;
  if (e?.code && e.message && !e.message.includes(e.code)) return `${e.code}: ${e.message}`;
  return e?.message || String(error);
}

const alwaysMasked = new Set(["authorization", "proxy-authorization", "cookie", "x-api-key", "api-key"]);

/**
 * The request as the delivery log shows it: credentials-bearing headers masked
 * by name (Authorization keeps its scheme so "Bearer" vs "Basic" stays visible).
 */
export function recordRequest(request: HttpRequest, maskHeaders: Iterable<string> = []): RecordedRequest {
  const extra = new Set([...maskHeaders].map((h) => h.toLowerCase()));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (lower === "authorization") headers[name] = /^\S+\s+\S/.test(value) ? `${value.split(/\s+/)[0]} ${MASK}` : MASK;
    else headers[name] = alwaysMasked.has(lower) || extra.has(lower) ? MASK : value;
  }
  return { method: request.method, url: request.url, headers, body: request.body ?? null };
}
