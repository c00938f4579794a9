// Posts an alert to a Slack incoming webhook or a Teams workflow webhook,
// through the SSRF-guarded fetch (no redirects followed). 2xx is success
// (Slack answers 200 "ok", Teams workflows 202); the delivery's usual rules
// decide what is retried (judge-exchange.ts).
import { classifyError, classifyHttpStatus } from "@/lib/destinations/judge-exchange";
import { guardedFetch, type OutboundFetch } from "@/lib/security/guarded-fetch";
import type { AlertSendOutcome } from "./send-outcome";

const TIMEOUT_MS = 15_000;

export async function postChat(
  url: string,
  payload: unknown,
  fetch: OutboundFetch = guardedFetch,
): Promise<AlertSendOutcome> {
  const started = Date.now();
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const verdict = classifyHttpStatus(response.status);
    const text = verdict === "success" ? "" : (await response.text().catch(() => "")).slice(0, 300);
    return {
      ok: verdict === "success",
      retryable: verdict === "retry",
      httpStatus: response.status,
      error: verdict === "success" ? null : `HTTP ${response.status}${text ? `: ${text}` : ""}`,
      latencyMs: Date.now() - started,
      retryAfter: response.headers.get("retry-after"),
    };
  } catch (error) {
    const e = error as { message?: string; cause?: { message?: string } };
    // The URL is the secret: messages name the host at most (the guard's own wording).
    const message = (e.cause?.message ?? e.message ?? String(error)).split(url).join("<webhook URL>");
    return {
      ok: false,
      retryable: classifyError(error) === "retry",
      httpStatus: null,
      error: message,
      latencyMs: Date.now() - started,
    };
  }
}
