// HMAC signature for the HTTPS endpoint destination, Stripe-style: the
// timestamp is signed with the body so a captured request cannot be replayed
// later. Receivers verify with verifySignature().
import { createHmac, timingSafeEqual } from "node:crypto";

export function signPayload(secret: string, timestamp: string | number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export interface VerifyOptions {
  /** Reject timestamps further than this from `now` (default 5 minutes; Infinity to skip). */
  toleranceSeconds?: number;
  now?: Date;
}

/** True when `header` (X-LeadDesk-Signature) matches `body` sent at `timestamp` (X-LeadDesk-Timestamp). */
export function verifySignature(
  secret: string,
  timestamp: string | number,
  body: string,
  header: string | null | undefined,
  options: VerifyOptions = {},
): boolean {
  if (!header || !/^\d+$/.test(String(timestamp))) return false;
  const tolerance = options.toleranceSeconds ?? 300;
  const age = Math.abs((options.now ?? new Date()).getTime() / 1000 - Number(timestamp));
  if (age > tolerance) return false;
  const expected = Buffer.from(signPayload(secret, timestamp, body));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
