import { createHash, randomBytes } from "node:crypto";

// Keys carry 192 random bits, so a fast hash is enough to keep them secret at
// rest and still lets us find a key by its hash in one indexed lookup.
export function hashWebhookKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function generateWebhookKey(): string {
  return `ldk_${randomBytes(24).toString("base64url")}`;
}

/** Keys are URL-safe base64 behind a fixed prefix; anything else is not a key. */
export function looksLikeWebhookKey(value: string): boolean {
  return /^ldk_[A-Za-z0-9_-]{32}$/.test(value);
}
