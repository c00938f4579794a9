// What never reaches a log line: values under secret-looking keys, lead and
// request bodies, and webhook keys inside any text (they travel in URL paths).
const secretKey =
  /pass(word)?|secret|token|authorization|cookie|api[-_]?key|^key$|encryption|signature|^body$|rawbody|^lead$/i;
const webhookKey = /ldk_[A-Za-z0-9_-]+/g;
const MAX_DEPTH = 6;

export const REDACTED = "[redacted]";

export function scrubText(text: string): string {
  return text.replace(webhookKey, "ldk_" + REDACTED);
}

/** A copy of a log record's fields with secrets and bodies replaced. */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (value instanceof Error) {
    return { type: value.name, message: scrubText(value.message), stack: scrubText(value.stack ?? "") };
  }
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = secretKey.test(key) ? REDACTED : scrub(item, depth + 1);
  return out;
}
