import { describe, expect, it } from "vitest";
import { decodeBody } from "@/lib/ingest/decode-body";

const decode = (text: string, type: string | null) => decodeBody(Buffer.from(text), type);

describe("decodeBody", () => {
  it("parses JSON for JSON media types and for a missing content type", () => {
    for (const type of [
      "application/json",
      "Application/JSON; charset=utf-8",
      "text/json",
      "application/vnd.lead+json",
      null,
    ]) {
      expect(decode('{"a":1}', type)).toEqual({ ok: true, value: { a: 1 } });
    }
  });

  it("reads form posts as URLSearchParams", () => {
    const result = decode("firstName=Z%C3%B6e&leadSource=SPZA-PLT%7Cp.o", "application/x-www-form-urlencoded");
    expect(result.ok && result.value instanceof URLSearchParams && result.value.get("firstName")).toBe("Zöe");
  });

  it("says where malformed JSON breaks, as line and column", () => {
    const result = decode('{\n  "a": 1,\n  "b": tru\n}', "application/json");
    expect(result).toMatchObject({ ok: false, status: 400, outcome: "MALFORMED" });
    expect(!result.ok && result.message).toMatch(/^Malformed JSON at line 3, column \d+/);
    expect(decode("   ", "application/json")).toMatchObject({
      ok: false,
      status: 400,
      message: "The body is empty: expected a JSON object.",
    });
  });

  it("answers 400 for thousands of unclosed brackets, deeper than the error locator can follow", () => {
    for (const body of ["[".repeat(10_000) + "1", '{"a":'.repeat(100_000) + "1"]) {
      expect(decodeBody(Buffer.from(body), null)).toMatchObject({
        ok: false,
        status: 400,
        message: expect.stringMatching(/^Malformed JSON at a place nested too deeply to locate: /),
      });
    }
    expect(decodeBody(Buffer.from("[".repeat(500) + "1"), null)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Malformed JSON at line 1, column 502: /),
    });
  });

  it("quotes control characters of a malformed body escaped (PostgreSQL text refuses a NUL)", () => {
    for (const body of ["\u0000A\u0000", "\u0001", "\u007f{}"]) {
      const result = decodeBody(Buffer.from(body), "application/json");
      const message = !result.ok ? result.message : "";
      expect(message).toMatch(/^Malformed JSON at line 1, column 1: .*\\u00[0-7]/);
      expect(message).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
  });

  it("refuses other content types with 415, naming the accepted ones", () => {
    for (const type of ["text/plain", "application/xml", "multipart/form-data; boundary=x"]) {
      const result = decode("x", type);
      expect(result).toMatchObject({ ok: false, status: 415, outcome: "UNSUPPORTED_TYPE" });
      expect(!result.ok && result.message).toMatch(/application\/json or application\/x-www-form-urlencoded/);
    }
  });
});

describe("jsonErrorOffset", () => {
  it("points at the first offending character", async () => {
    const { jsonErrorOffset } = await import("@/lib/ingest/json-error-offset");
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset("[1, 2")).toBe(5);
    expect(jsonErrorOffset('{"a":"x\u0001"}')).toBe(7);
    expect(jsonErrorOffset('{"a":1} x')).toBe(8);
    expect(jsonErrorOffset('{"a":[1,{"b":null}]}')).toBe(-1);
  });
});
