// Keys the parser does not map are kept "verbatim" in ParsedLead.extra, so a
// publisher can see what else arrived. Verbatim within limits: the copy must be
// storable as jsonb (no NUL bytes, no lone surrogates), bounded in size and
// depth (a hostile body must not cost unbounded storage or blow the stack of
// whoever walks it later), and built on null-prototype objects so a
// "__proto__" key stays an ordinary key wherever the value travels.
import { LONG_TEXT_LIMIT } from "@/lib/ingest/clean-text";
import { ownEntries } from "@/lib/ingest/own-entries";

const MAX_DEPTH = 10;
const MAX_ENTRIES = 200;
const MAX_KEY_LENGTH = 200;
/** Key under which a trimmed object counts the entries it dropped. */
const TRUNCATED_KEY = "…dropped entries";

/** A null-prototype record: user keys can never reach Object.prototype. */
export function emptyRecord(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

function cleanKey(key: string): string {
  return key.replaceAll("\0", "").toWellFormed().slice(0, MAX_KEY_LENGTH);
}

// Arrays addEntry made to collect repeated keys (as opposed to received arrays).
const collected = new WeakSet<unknown[]>();

/**
 * Adds a value to a record built by emptyRecord(). A key seen twice (repeated
 * form fields, or keys equal after cleaning) collects its values in an array
 * instead of overwriting, so nothing received is silently lost.
 */
export function addEntry(record: Record<string, unknown>, key: string, value: unknown): void {
  const k = cleanKey(key);
  if (!Object.hasOwn(record, k)) {
    if (Object.keys(record).length >= MAX_ENTRIES) {
      const dropped = record[TRUNCATED_KEY];
      record[TRUNCATED_KEY] = typeof dropped === "number" ? dropped + 1 : 1;
      return;
    }
    record[k] = value;
    return;
  }
  const existing = record[k];
  if (Array.isArray(existing) && collected.has(existing)) {
    if (existing.length < MAX_ENTRIES) existing.push(value);
    return;
  }
  const values = [existing, value];
  collected.add(values);
  record[k] = values;
}

/**
 * A storable copy of any received value, or undefined for values JSON cannot
 * hold (functions, symbols, undefined).
 */
export function toExtraValue(value: unknown, depth = 0): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case "string":
      return value.replaceAll("\0", "").toWellFormed().slice(0, LONG_TEXT_LIMIT);
    case "number":
      return Number.isFinite(value) ? value : null;
    case "boolean":
      return value;
    case "bigint":
      return String(value);
    case "object":
      break;
    default:
      return undefined;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (depth >= MAX_DEPTH) return `[nested deeper than ${MAX_DEPTH} levels: dropped]`;

  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let i = 0; i < Math.min(value.length, MAX_ENTRIES); i++) {
      const item = toExtraValue(readOwn(value, String(i)), depth + 1);
      items.push(item === undefined ? null : item);
    }
    if (value.length > MAX_ENTRIES) items.push(`[${value.length - MAX_ENTRIES} more items dropped]`);
    return items;
  }

  const copy = emptyRecord();
  for (const [key, item] of ownEntries(value)) {
    const cleaned = toExtraValue(item, depth + 1);
    if (cleaned !== undefined) addEntry(copy, key, cleaned);
  }
  return copy;
}

function readOwn(value: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor && "value" in descriptor ? descriptor.value : undefined;
}
