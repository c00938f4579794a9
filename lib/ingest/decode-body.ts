// Turns stored body bytes into something the parser reads, by content type.
// JSON errors say where they are, so a publisher can fix their bridge.
import { jsonErrorOffset } from "./json-error-offset";

export type DecodedBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 415; outcome: "MALFORMED" | "UNSUPPORTED_TYPE"; message: string };

const jsonType = /^(application|text)\/([\w.+-]+\+)?json$/;

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** "line L, column C: reason" for a JSON text that JSON.parse rejected. */
function jsonErrorLocation(text: string, error: Error): string {
  // V8's message quotes a slice of the body; keep only its reason. It may
  // quote a NUL or a split surrogate, which PostgreSQL text refuses: escape them.
  const reason = error.message
    .split(/ in JSON at position| is not valid JSON|, "/)[0]!
    .replace(/\s+/g, " ")
    .slice(0, 120)
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .toWellFormed();
  let offset: number;
  try {
    offset = Math.max(0, jsonErrorOffset(text));
  } catch {
    // The locator follows at most MAX_LOCATE_DEPTH levels (one stack frame each).
    return `a place nested too deeply to locate: ${reason}`;
  }
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}: ${reason}`;
}

export function decodeBody(bytes: Buffer, contentType: string | null): DecodedBody {
  const type = mediaType(contentType);
  const text = bytes.toString("utf8");
  if (type === "application/x-www-form-urlencoded") {
    return { ok: true, value: new URLSearchParams(text) };
  }
  // The marketplace always sends JSON; a missing content type is read as JSON too.
  if (type === "" || jsonType.test(type)) {
    if (!text.trim())
      return { ok: false, status: 400, outcome: "MALFORMED", message: "The body is empty: expected a JSON object." };
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (error) {
      return {
        ok: false,
        status: 400,
        outcome: "MALFORMED",
        message: `Malformed JSON at ${jsonErrorLocation(text, error as Error)}`,
      };
    }
  }
  return {
    ok: false,
    status: 415,
    outcome: "UNSUPPORTED_TYPE",
    message:
      `Unsupported content type "${type.slice(0, 100)}": ` +
      "send application/json or application/x-www-form-urlencoded.",
  };
}
