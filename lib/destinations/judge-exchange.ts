// Turns one HTTP exchange into an outcome draft with a plain-words verdict,
// classified by the retry rules below (lib/delivery/backoff.ts acts on the
// verdict). Adapters call it for the generic cases, pass their kind's error reader (what the service's error body
// means, what to do) and add their own reading of 2xx bodies on top.
import { describeError, type HttpExchange } from "@/lib/destinations/http-call";
import {
  describeServiceError,
  firstLines,
  oneLine,
  parseJson,
  stringAt,
  type ServiceError,
} from "@/lib/destinations/service-error";
import type { DeliveryOutcome, RecordedRequest } from "@/lib/destinations/types";

export type AttemptClass = "success" | "retry" | "permanent";

/** 2xx success; 408, 429, 5xx retry; everything else (other 4xx, stray 1xx/3xx) permanent. */
export function classifyHttpStatus(status: number): AttemptClass {
  if (status >= 200 && status < 300) return "success";
  if (status === 408 || status === 429 || status >= 500) return "retry";
  return "permanent";
}

/**
 * An attempt that produced no HTTP status: network errors and timeouts are
 * worth retrying; a request refused before it left (blocked by the SSRF
 * guard, invalid config) is not — nothing will change by waiting.
 */
export function classifyError(error: unknown): AttemptClass {
  const e = error as { name?: string; code?: string } | null;
  const refusedBeforeSending =
    e?.name === "OutboundBlockedError" || e?.code === "OUTBOUND_BLOCKED" || e?.name === "ConfigError";
  return refusedBeforeSending ? "permanent" : "retry";
}

export type OutcomeDraft = Omit<DeliveryOutcome, "latencyMs">;

export interface JudgeOptions {
  /** Who answered, for the verdict: "Dynamics 365", "Microsoft Entra ID (sign-in)". */
  party: string;
  request: RecordedRequest;
  timeoutMs: number;
  /** Verdict for a 2xx answer. */
  success?: (exchange: HttpExchange) => Pick<OutcomeDraft, "verdict"> & Partial<OutcomeDraft>;
  /** The kind's reading of an error answer; without one, the status and the body's first lines. */
  explain?: (exchange: HttpExchange & { status: number }) => ServiceError | null;
  /** The verb of a failed verdict: "refused the lead" unless said otherwise (sign-in). */
  refused?: string;
}

/** A message in the usual JSON error shapes: message, error(.message), errors[0].message, RFC 9457 detail/title. */
function jsonMessage(text: string): string | null {
  const body = parseJson(text);
  if (!body || typeof body !== "object") return null;
  const { error, errors } = body as { error?: unknown; errors?: unknown };
  return (
    stringAt(error, "message") ??
    stringAt(body, "message") ??
    stringAt(body, "error_description") ??
    stringAt(body, "error") ??
    (Array.isArray(errors) ? stringAt(errors[0], "message") : null) ??
    stringAt(body, "detail") ??
    stringAt(body, "title")
  );
}

/** The fallback reading (and the HTTPS endpoint's): the status and what the body says first. */
export function plainError(exchange: { status: number; text: string }): ServiceError {
  const json = jsonMessage(exchange.text);
  const said = json ? oneLine(json) : firstLines(exchange.text);
  const status = exchange.status;
  const advice =
    status === 401 || status === 403
      ? "Check the credentials in the destination settings."
      : status === 404 || status === 405
        ? "Check the address in the destination settings."
        : classifyHttpStatus(status) === "retry"
          ? "A temporary failure."
          : "Retrying will not help; check the destination settings.";
  return { code: null, message: said || "no explanation in the answer", advice };
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
    const verdict = options.success?.(exchange) ?? { verdict: `${party} accepted the lead (HTTP ${status}).` };
    return { ...base, ok: true, retryable: false, ...verdict };
  }
  const answered = { ...exchange, status };
  const error = options.explain?.(answered) ?? plainError(answered);
  const retryable = error.retryable ?? cls === "retry";
  const asksToWait = retryable && (status === 429 || status === 503);
  const retryAfter = asksToWait ? (exchange.headers?.get("retry-after") ?? null) : null;
  return { ...base, ok: false, ...failedVerdict(party, status, error, retryable, retryAfter, options.refused) };
}

/** Verdict, error and retry fields of a failure the service explained (also for errors inside a 200). */
export function failedVerdict(
  party: string,
  status: number | null,
  error: ServiceError,
  retryable: boolean,
  retryAfter: string | null = null,
  refused?: string,
): Pick<OutcomeDraft, "verdict" | "error" | "retryable" | "retryAfter"> {
  const wait = retryAfter ? ` (the server asked to wait ${retryAfter}${/^\d+$/.test(retryAfter) ? " s" : ""})` : "";
  const next = retryable ? ` The lead will be retried${wait}.` : "";
  const tag = [status === null ? null : `HTTP ${status}`, error.code].filter(Boolean).join(" ");
  return {
    retryable,
    retryAfter,
    verdict: `${describeServiceError(party, status, error, refused)}${next}`,
    error: `${tag ? `${tag}: ` : ""}${error.message}`,
  };
}
