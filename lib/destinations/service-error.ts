// What a CRM said went wrong, read out of its own error shape by the kind's
// reader (dynamics-error.ts, marketo-error.ts …), so a verdict can say what
// happened and what to do, while the raw answer stays in the response excerpt.
export interface ServiceError {
  /** The service's own code (REQUIRED_FIELD_MISSING, 1003, ServerBusy, invalid_client), when it gives one. */
  code: string | null;
  /** The service's message, trimmed to one readable line. */
  message: string;
  /** What the admin should do about it, as a sentence. */
  advice: string;
  /** Overrides the status's retry rule when the code says more (a 200 carrying a rate limit, a transient 400). */
  retryable?: boolean;
}

const MAX_MESSAGE = 300;

/** Collapses whitespace and cuts a message to a readable length. */
export function oneLine(text: string, max = MAX_MESSAGE): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The first non-empty lines of a body, HTML tags removed: what a plain endpoint said. */
export function firstLines(text: string, lines = 3): string {
  const plain = text
    .replace(/<(script|style)[^]*?<\/\1>/gi, " ")
    .replace(/<br\s*\/?>|<\/(p|div|h\d|li|title)>/gi, "\n")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
  const kept = plain
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .slice(0, lines);
  return oneLine(kept.join(" · "));
}

/** JSON.parse that answers null instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** A string property of an object-ish value, or null. */
export function stringAt(value: unknown, key: string): string | null {
  if (!value || typeof value !== "object") return null;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === "string" && v.trim() ? v : typeof v === "number" ? String(v) : null;
}

/** "Party refused the lead (HTTP 400, CODE): message. Advice" — how every failed verdict reads. */
export function describeServiceError(
  party: string,
  status: number | null,
  error: ServiceError,
  refused = "refused the lead",
): string {
  const tags = [status === null ? null : `HTTP ${status}`, error.code].filter(Boolean).join(", ");
  const message = error.message.replace(/[.\s]+$/, "");
  return `${party} ${refused}${tags ? ` (${tags})` : ""}: ${message}. ${error.advice}`;
}
