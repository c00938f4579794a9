// fast-check arbitraries of hostile webhook bodies, shared by the in-process
// fuzz test (tests/integration/ingest-fuzz.test.ts) and the one against the
// production server (tests/hardening/ingest-fuzz-http.test.ts).
import fc from "fast-check";

/** Written only under __proto__ / constructor / prototype keys: a stored lead showing it means those keys leaked into a prototype. */
export const POLLUTION_MARKER = "POLLUTED-by-fuzz";

export const field = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("=1+1", "<img src=x onerror=alert(1)>", "'; DROP TABLE leads; --", "\u0000", "\ud800", "__proto__"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
export const leadLike = fc.record(
  {
    UserDetails: fc.dictionary(
      fc.constantFrom(
        "FirstName",
        "lastname",
        "EMAIL",
        "Phone",
        "country",
        "Company",
        "title",
        "__proto__",
        "constructor",
      ),
      field,
    ),
    LeadSource: field,
    ActionCode: field,
    OfferTitle: field,
    Description: field,
  },
  { requiredKeys: [] },
);
export const body = fc.oneof(
  leadLike.map((v) => JSON.stringify(v)),
  fc.json(),
  fc.string(),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
);
export const contentType = fc.constantFrom(
  "application/json",
  "application/x-www-form-urlencoded",
  "text/plain",
  null,
  "application/json; charset=utf-8",
);

// ---- Byte-level bodies for the HTTP fuzzing ----

const leadKeys = [
  "FirstName",
  "LastName",
  "Email",
  "Company",
  "Title",
  "Country",
  "Phone",
  "LeadSource",
  "ActionCode",
  "OfferTitle",
  "Description",
  "offer",
  "CreatedTime",
];
const protoKey = fc.constantFrom("__proto__", "constructor", "prototype");
const jsonString = (s: string) => JSON.stringify(s);

/** A JSON object text (built by hand: an object literal cannot carry an own "__proto__") with pollution attempts at every level. */
export const protoJson: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constant(
        `{${leadKeys.map((k) => `${jsonString(k)}:${jsonString(POLLUTION_MARKER)}`).join(",")},"polluted":${jsonString(POLLUTION_MARKER)}}`,
      ),
      fc
        .array(fc.tuple(fc.oneof(protoKey, fc.constantFrom("UserDetails", "CustomerInfo", ...leadKeys)), tie("node")), {
          maxLength: 4,
        })
        .map((pairs) => `{${pairs.map(([k, v]) => `${jsonString(k)}:${v}`).join(",")}}`),
    ),
  }))
  .node.map(
    (inner) =>
      `{"UserDetails":{"__proto__":${inner},"Email":"probe@example.com"},"__proto__":${inner},"constructor":{"prototype":${inner}},"LeadSource":"AzureMarketplace-INS|fuzz.offer"}`,
  );

/** Sizes around the 256 KiB limit. */
const hugeLength = fc.constantFrom(1024, 200_000, 262_000, 262_143, 262_144, 262_145, 300_000, 1_200_000);
export const hugeJson = fc
  .tuple(hugeLength, fc.constantFrom(...leadKeys), fc.constantFrom("a", "é", "\u0000", "😀"))
  .map(
    ([length, key, unit]) =>
      `{"UserDetails":{${jsonString(key)}:${jsonString(unit.repeat(Math.ceil(length / Buffer.byteLength(unit))))}},"LeadSource":"AzureMarketplace-INS|fuzz.offer"}`,
  );

/** Nesting up to 100k levels, closed or not, arrays or objects, inside a lead field or at the top. */
export const deepJson = fc
  .tuple(fc.constantFrom(100, 1000, 10_000, 100_000), fc.constantFrom("array", "object"), fc.boolean(), fc.boolean())
  .map(([depth, kind, closed, inField]) => {
    const [open, close] = kind === "array" ? ["[", "]"] : ['{"a":', "}"];
    const nested = `${open.repeat(depth)}1${closed ? close.repeat(depth) : ""}`;
    return inField ? `{"UserDetails":{"FirstName":${nested}},"LeadSource":"AzureMarketplace-INS|fuzz.offer"}` : nested;
  });

/** Numbers, booleans, null, objects and arrays where the strings belong. */
export const wrongTypes = fc
  .dictionary(
    fc.constantFrom(...leadKeys),
    fc.oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.jsonValue(),
      fc.bigInt().map((n) => ({ n: n.toString() })),
    ),
    { minKeys: 1 },
  )
  .chain((details) =>
    fc.constantFrom(
      JSON.stringify({ UserDetails: details, LeadSource: details.LeadSource ?? 1 }),
      JSON.stringify(details),
      JSON.stringify({ CustomerInfo: JSON.stringify(details), OfferDisplayName: 1 }),
    ),
  );

/** Valid JSON text with a NUL, lone surrogates or invalid UTF-8 bytes spliced into a lead field's string. */
export const badText = fc
  .tuple(
    fc.constantFrom(...leadKeys),
    fc.constantFrom(
      Buffer.from("\\u0000"),
      Buffer.from("\\ud800"),
      Buffer.from("\\udfff\\ud800"),
      Buffer.from([0x00]),
      Buffer.from([0xff]),
      Buffer.from([0xc3, 0x28]),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from([0xf4, 0x90, 0x80, 0x80]),
      Buffer.from([0xe2, 0x82]),
      Buffer.from([0xef, 0xbb, 0xbf]),
    ),
    fc.boolean(),
  )
  .map(([key, bad, atStart]) =>
    Buffer.concat([
      atStart ? bad : Buffer.alloc(0),
      Buffer.from(`{"UserDetails":{"Email":"x@example.com",${jsonString(key)}:"a`),
      bad,
      Buffer.from(`b"},"LeadSource":"AzureMarketplace-INS|fuzz.offer"}`),
    ]),
  );

const formValue = fc.oneof(
  fc.string(),
  fc.constantFrom("%00", "%FF", "%C3%28", "%ED%A0%80", "%E0%A4%A", "%", "%%", "%zz", "+", "a=b=c"),
  hugeLength.map((n) => "x".repeat(n)),
);
const formKey = fc.oneof(fc.constantFrom(...leadKeys, "first_name", "EMAIL", "lead-source"), fc.string());
// Pollution attempts carry the marker; plain lead keys never do, so a lead showing it was polluted.
const pollutingPair = fc
  .constantFrom(
    "__proto__",
    "__proto__[polluted]",
    "__proto__[FirstName]",
    "constructor[prototype][polluted]",
    "constructor.prototype.FirstName",
    "UserDetails[__proto__][FirstName]",
    "__proto__.FirstName",
    "prototype",
    "%5F%5Fproto%5F%5F[FirstName]",
  )
  .map((k): [string, string, boolean] => [k, POLLUTION_MARKER, false]);
/** Form-encoded bodies, written raw (not through URLSearchParams) so bad escapes reach the server. */
export const hostileForm = fc
  .array(fc.oneof(fc.tuple(formKey, formValue, fc.boolean()), pollutingPair), { maxLength: 8 })
  .map((pairs) =>
    pairs
      .map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`))
      .join("&"),
  );

const asBytes = (b: string | Buffer) => (Buffer.isBuffer(b) ? b : Buffer.from(b));

/** Every kind of body, as the bytes sent. */
export const hostileBody: fc.Arbitrary<Buffer> = fc.oneof(
  { arbitrary: body.map(asBytes), weight: 3 },
  { arbitrary: protoJson.map(asBytes), weight: 3 },
  { arbitrary: hugeJson.map(asBytes), weight: 1 },
  { arbitrary: deepJson.map(asBytes), weight: 1 },
  { arbitrary: wrongTypes.map(asBytes), weight: 2 },
  { arbitrary: badText, weight: 2 },
  { arbitrary: hostileForm.map(asBytes), weight: 3 },
  {
    arbitrary: fc.constantFrom("", " ", "\n", "null", "[]", "{}", '""', "0", "true", "[{}]", '"\\u0000"').map(asBytes),
    weight: 1,
  },
  { arbitrary: fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)), weight: 1 },
);

export const hostileContentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "Application/Json; Charset=UTF-8",
  "application/json;charset=latin1",
  "application/json; charset=utf-16",
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=UTF-8",
  "APPLICATION/X-WWW-FORM-URLENCODED",
  "multipart/form-data; boundary=----fuzz",
  "text/plain",
  "text/plain; charset=utf-8",
  "application/xml",
  "application/jsonx",
  "*/*",
  ";;;",
  "",
  null,
);
