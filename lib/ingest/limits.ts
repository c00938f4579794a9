/** Largest body the webhook accepts; a larger one is kept truncated and answered 413. */
export const MAX_BODY_BYTES = 256 * 1024;
/** A body posted again within this window is a retry of the first, not a new lead. */
export const RETRY_WINDOW_MS = 24 * 3600_000;
/** A lead repeating a customer's offer and action within this window is a duplicate. */
export const DUPLICATE_WINDOW_MS = 180 * 24 * 3600_000;
