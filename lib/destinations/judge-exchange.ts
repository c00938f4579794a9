// Turns one HTTP exchange into an outcome draft with a plain-words verdict,
// classified by the shared retry rules. Adapters call it for the generic
// cases and add their own reading of 2xx bodies on top.
import { classifyError, classifyHttpStatus } from "@/lib/delivery/backoff";
import { describeError, errorMessageFromBody, type HttpExchange } from "@/lib/destinations/http-call";
import type { DeliveryOutcome, RecordedRequest } from "@/lib/destinations/types";

export type OutcomeDraft = Omit<DeliveryOutcome, "latencyMs">;

export interface JudgeOptions {
  /** Who answered, for the verdict: "Dynamics 365", "Microsoft Entra ID (sign-in)". */
  party: string;
  request: RecordedRequest;
  timeoutMs: number;
  /** Verdict for a 2xx answer. */
  success?: (exchange: HttpExchange) => Pick<OutcomeDraft, "verdict"> & Partial<OutcomeDraft>;
}

export function judgeExchange(exchange: HttpExchange, options: JudgeOptions): OutcomeDraft {
  const { party, request } = options;
  const base = { request, httpStatus: exchange.status, responseExcerpt: exchange.text };
  if (exchange.status === null) {
    const cls = classifyError(exchange.error);
    const why = describeError(exchange.error, options.timeoutMs);
    const verdict =
      cls === "permanent"
        ? `Not sent: ${why}`
        : `Could not reach ${party} (${why}). This is usually temporary; the lead will be retried.`;
    return { ...base, ok: false, retryable: cls === "retry", verdict, error: why };
  }
  const status = exchange.status;
  if (status >= 300 && status < 400) {
    const location = exchange.headers?.get("location");
    return {
      ...base,
      ok: false,
      retryable: false,
      verdict:
        `${party} answered with a redirect (HTTP ${status}${location ? ` to ${location}` : ""}). ` +
        "Redirects are not followed, for safety: enter the final address in the destination settings.",
      error: `HTTP ${status}`,
    };
  }
  const cls = classifyHttpStatus(status);
  if (cls === "success") {
    return { ...base, ok: true, retryable: false, ...(options.success?.(exchange) ?? { verdict: `${party} accepted the lead (HTTP ${status}).` }) };
  }
  const message = errorMessageFromBody(exchange.text);
  const detail = message ? `: ${message}` : "";
  if (cls === "retry") {
    const retryAfter = status === 429 || status === 503 ? exchange.headers?.get("retry-after") ?? null : null;
    const busy = status === 429 ? " (too many requests)" : "";
    return {
      ...base,
      ok: false,
      retryable: true,
      retryAfter,
      verdict:
        `${party} answered HTTP ${status}${busy}${detail}. A temporary failure: the lead will be retried` +
        (retryAfter ? ` (the server asked to wait ${retryAfter}${/^\d+$/.test(retryAfter) ? " s" : ""}).` : "."),
      error: `HTTP ${status}${detail}`,
    };
  }
  return {
    ...base,
    ok: false,
    retryable: false,
    verdict: `${party} rejected the request (HTTP ${status})${detail}. Retrying will not help; check the destination settings.`,
    error: `HTTP ${status}${detail}`,
  };
}
