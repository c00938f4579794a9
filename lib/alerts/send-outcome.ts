// What one try at sending an alert came to, whichever way it went.
export interface AlertSendOutcome {
  ok: boolean;
  /** Worth trying again later (network, 5xx, 429, a temporary SMTP answer). */
  retryable: boolean;
  httpStatus: number | null;
  error: string | null;
  latencyMs: number;
  retryAfter?: string | null;
}

export const notSent = (error: string, retryable: boolean): AlertSendOutcome => ({ ok: false, retryable, httpStatus: null, error, latencyMs: 0 });
