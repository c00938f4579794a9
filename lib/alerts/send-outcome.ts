// What one try at sending an alert came to, whichever way it went.
export interface AlertSendOutcome {
  ok: boolean;
  /** Worth trying again later (network, 5xx, 429, a temporary SMTP answer). */
  retryable: boolean;
  httpStatus: number | null;
  error: string | null;
  latencyMs: number;
  retryAfter?: string | null;
  /** Not sent by design (the recipient left, the channel is off): recorded as SKIPPED, not dead. */
  skipped?: boolean;
}

/** Nothing was sent: skipped by design, or (retryable) a fault that may pass. */
export const notSent = (error: string, how: "skip" | "retry"): AlertSendOutcome => ({
  ok: false,
  retryable: how === "retry",
  skipped: how === "skip",
  httpStatus: null,
  error,
  latencyMs: 0,
});
