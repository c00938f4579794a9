// Turns one received value into the text we store, forward and show.
//
// Why the caps: marketplace fields are short (a name, a lead-source string, a
// campaign note). A value far longer is a bug or abuse; capping keeps one hostile
// body from bloating the database, the triage screens and every CRM we forward
// to, while leaving every genuine value whole.
export const TEXT_LIMIT = 1_000;
/** Description may carry campaign text or a JSON string of URL parameters. */
export const LONG_TEXT_LIMIT = 10_000;

/**
 * The cleaned text of a scalar: trimmed, without NUL bytes (PostgreSQL text and
 * jsonb reject them), with lone surrogates replaced (they cannot be encoded as
 * UTF-8), and capped at `limit` characters without splitting a surrogate pair.
 * Numbers, booleans and bigints become their string form; a valid Date its ISO
 * form. Missing or empty values give null. Objects, arrays and anything else
 * that is not text give undefined, so the caller can keep them elsewhere.
 */
export function cleanText(value: unknown, limit: number = TEXT_LIMIT): string | null | undefined {
  let text: string;
  if (value === null || value === undefined) return null;
  if (typeof value === "string") text = value;
  else if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else if (typeof value === "boolean" || typeof value === "bigint") text = String(value);
  else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    text = value.toISOString();
  } else return undefined;

  text = text.replaceAll("\0", "").toWellFormed().trim();
  if (text.length > limit) {
    let end = limit;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1;
    text = text.slice(0, end).trimEnd();
  }
  return text === "" ? null : text;
}
