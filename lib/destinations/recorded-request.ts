// The request as the delivery log shows it: credentials-bearing headers masked
// by name (Authorization keeps its scheme so "Bearer" vs "Basic" stays visible).
import type { HttpRequest } from "@/lib/destinations/http-call";
import type { RecordedRequest } from "@/lib/destinations/types";
import { MASK } from "@/lib/destinations/secret-scrubber";

const alwaysMasked = new Set(["authorization", "proxy-authorization", "cookie", "x-api-key", "api-key"]);

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
