// Reads any of the body shapes a lead arrives in into one flat field view:
// - the marketplace HTTPS-endpoint JSON ({"UserDetails": {...}, "LeadSource", ...}),
// - the Azure Table entity (CustomerInfo as a JSON string, OfferDisplayName, CreatedTime),
// - a flat JSON object (firstName, lead_source, ...),
// - the same flat fields form-encoded (URLSearchParams or a record of strings).
// Keys match whatever their casing or separators, because the marketplace, its
// test lead and third-party bridges all spell them differently.
import type { CustomerInfo } from "@/lib/leads/lead";
import { cleanText, LONG_TEXT_LIMIT, TEXT_LIMIT } from "@/lib/ingest/clean-text";
import { addEntry, emptyRecord, toExtraValue } from "@/lib/ingest/extra-value";
import { ownEntries } from "@/lib/ingest/own-entries";

export interface LeadFields {
  customer: CustomerInfo;
  /** LeadSource as received (cleaned), not yet split. */
  leadSource: string | null;
  actionCode: string | null;
  /** An explicit offer id field (offer, offerId); the lead source usually carries it instead. */
  offerId: string | null;
  /** OfferTitle, or OfferDisplayName in the Azure Table shape. */
  offerTitle: string | null;
  description: string | null;
  /** CreatedTime, unparsed. */
  createdTime: string | null;
  /** Keys not mapped to a field, kept as received within limits; a null-prototype record. */
  extra: Record<string, unknown>;
}

type Field = Exclude<keyof LeadFields, "customer" | "extra"> | keyof CustomerInfo;

// Normalised key (lowercase, letters and digits only) → field.
const FIELD_BY_KEY = new Map<string, Field>([
  ["firstname", "firstName"],
  ["givenname", "firstName"],
  ["lastname", "lastName"],
  ["surname", "lastName"],
  ["familyname", "lastName"],
  ["email", "email"],
  ["emailaddress", "email"],
  ["phone", "phone"],
  ["phonenumber", "phone"],
  ["telephone", "phone"],
  ["country", "country"],
  ["company", "company"],
  ["companyname", "company"],
  ["organization", "company"],
  ["organisation", "company"],
  ["title", "title"],
  ["jobtitle", "title"],
  ["leadsource", "leadSource"],
  ["actioncode", "actionCode"],
  ["action", "actionCode"],
  ["offer", "offerId"],
  ["offerid", "offerId"],
  ["offertitle", "offerTitle"],
  ["offerdisplayname", "offerTitle"],
  ["offername", "offerTitle"],
  ["description", "description"],
  ["createdtime", "createdTime"],
]);

const CUSTOMER_FIELDS = new Set<Field>(["firstName", "lastName", "email", "phone", "country", "company", "title"]);

// Keys whose value holds the customer fields: UserDetails (HTTPS endpoint) and
// CustomerInfo (Azure Table, where it is a JSON string).
const CONTAINER_KEYS = new Set(["userdetails", "customerinfo", "customer"]);

// A CustomerInfo string longer than this is not parsed (it cannot be a real one).
const MAX_CONTAINER_JSON = 100_000;

interface Candidate {
  key: string;
  value: unknown;
}

/**
 * The field view of a received body, or null when the body is not an object
 * (null, an array, a number, a string…). Never throws.
 */
export function readFields(body: unknown): LeadFields | null {
  const entries = readEntries(body);
  if (!entries) return null;

  const extra = emptyRecord();
  // Values found in a container go first: they are Microsoft's own structure,
  // and a same-named top-level key only fills gaps.
  const fromContainer = new Map<Field, Candidate[]>();
  const fromTop = new Map<Field, Candidate[]>();

  for (const [key, value] of entries) {
    const normalised = normaliseKey(key);
    const field = FIELD_BY_KEY.get(normalised);
    if (CONTAINER_KEYS.has(normalised)) {
      readContainer(key, value, fromContainer, extra);
    } else if (field) {
      push(fromTop, field, { key, value });
    } else {
      const kept = toExtraValue(value);
      if (kept !== undefined) addEntry(extra, key, kept);
    }
  }

  const pick = (field: Field, limit = TEXT_LIMIT): string | null => {
    const candidates = [...(fromContainer.get(field) ?? []), ...(fromTop.get(field) ?? [])];
    let chosen: string | null = null;
    for (const { key, value } of candidates) {
      const text = cleanText(value, limit);
      if (text === null) continue; // empty: nothing to keep
      if (text === undefined) {
        // An object or array where text belongs is not that field, but it is kept.
        addEntry(extra, key, toExtraValue(value));
      } else if (chosen === null) {
        chosen = text;
      } else if (text !== chosen) {
        // A second, different value for the same field (e.g. both "Email" and
        // "email"): the first wins, the other is kept rather than dropped.
        addEntry(extra, key, text);
      }
    }
    return chosen;
  };

  return {
    customer: {
      firstName: pick("firstName"),
      lastName: pick("lastName"),
      email: pick("email"),
      phone: pick("phone"),
      country: pick("country"),
      company: pick("company"),
      title: pick("title"),
    },
    leadSource: pick("leadSource"),
    actionCode: pick("actionCode"),
    offerId: pick("offerId"),
    offerTitle: pick("offerTitle"),
    description: pick("description", LONG_TEXT_LIMIT),
    createdTime: pick("createdTime"),
    extra,
  };
}

/** "First_Name", "first-name", "FIRSTNAME" → "firstname". */
function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function readEntries(body: unknown): Array<[string, unknown]> | null {
  try {
    if (body instanceof URLSearchParams) return [...body.entries()];
    if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
    return ownEntries(body);
  } catch {
    // Only a hostile exotic object (e.g. a Proxy whose traps throw) gets here.
    return null;
  }
}

function readContainer(
  key: string,
  value: unknown,
  into: Map<Field, Candidate[]>,
  extra: Record<string, unknown>,
): void {
  const container = asContainer(value);
  if (container === undefined) {
    // Not an object and not a JSON object string (e.g. malformed CustomerInfo):
    // nothing to map, but keep what was sent.
    const kept = toExtraValue(value);
    if (kept !== undefined && kept !== null && kept !== "") addEntry(extra, key, kept);
    return;
  }
  for (const [innerKey, innerValue] of ownEntries(container)) {
    const field = FIELD_BY_KEY.get(normaliseKey(innerKey));
    const label = `${key}.${innerKey}`;
    if (field && CUSTOMER_FIELDS.has(field)) {
      push(into, field, { key: label, value: innerValue });
    } else {
      const kept = toExtraValue(innerValue);
      if (kept !== undefined) addEntry(extra, label, kept);
    }
  }
}

/** The object a container value holds, or undefined if it holds none. */
function asContainer(value: unknown): object | undefined {
  if (typeof value === "string") {
    const text = value.trim();
    if (!text.startsWith("{") || text.length > MAX_CONTAINER_JSON) return undefined;
    try {
      const parsed: unknown = JSON.parse(text);
      return isRecord(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return isRecord(value) ? value : undefined;
}

function isRecord(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function push(map: Map<Field, Candidate[]>, field: Field, candidate: Candidate): void {
  const list = map.get(field);
  if (list) list.push(candidate);
  else map.set(field, [candidate]);
}
