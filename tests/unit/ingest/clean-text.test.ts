import { describe, expect, it } from "vitest";
import { cleanText, LONG_TEXT_LIMIT, TEXT_LIMIT } from "@/lib/ingest/clean-text";

describe("cleanText", () => {
  it("trims and removes NUL bytes", () => {
    expect(cleanText("  Con\0toso \n")).toBe("Contoso");
  });

  it("turns empty and whitespace-only strings, null and undefined into null", () => {
    expect(cleanText("")).toBeNull();
    expect(cleanText(" \t\n\u00a0")).toBeNull();
    expect(cleanText("\0\0")).toBeNull();
    expect(cleanText(null)).toBeNull();
    expect(cleanText(undefined)).toBeNull();
  });

  it("turns numbers, booleans and bigints into strings", () => {
    expect(cleanText(16175555555)).toBe("16175555555");
    expect(cleanText(0)).toBe("0");
    expect(cleanText(false)).toBe("false");
    expect(cleanText(12345678901234567890n)).toBe("12345678901234567890");
  });

  it("does not turn NaN or Infinity into text", () => {
    expect(cleanText(Number.NaN)).toBeNull();
    expect(cleanText(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("gives the ISO form of a valid Date and null for an invalid one", () => {
    expect(cleanText(new Date(Date.UTC(2018, 8, 28, 10)))).toBe("2018-09-28T10:00:00.000Z");
    expect(cleanText(new Date(Number.NaN))).toBeNull();
  });

  it("refuses objects, arrays and functions with undefined so the caller can keep them elsewhere", () => {
    expect(cleanText({ a: 1 })).toBeUndefined();
    expect(cleanText(["a"])).toBeUndefined();
    expect(cleanText(() => "x")).toBeUndefined();
    expect(cleanText(Symbol("x"))).toBeUndefined();
  });

  it("caps text at the default limit and at a given limit", () => {
    expect(cleanText("a".repeat(TEXT_LIMIT + 50))).toHaveLength(TEXT_LIMIT);
    expect(cleanText("a".repeat(LONG_TEXT_LIMIT + 1), LONG_TEXT_LIMIT)).toHaveLength(LONG_TEXT_LIMIT);
    expect(cleanText("a".repeat(TEXT_LIMIT))).toHaveLength(TEXT_LIMIT);
  });

  it("never splits a surrogate pair when capping", () => {
    const text = `${"a".repeat(TEXT_LIMIT - 1)}😀tail`;
    const capped = cleanText(text)!;
    expect(capped).toBe("a".repeat(TEXT_LIMIT - 1));
    expect(capped.isWellFormed()).toBe(true);
  });

  it("replaces lone surrogates so the text can be stored as UTF-8", () => {
    expect(cleanText("ab\ud800cd")).toBe("ab\ufffdcd");
  });

  it("keeps unicode and hostile text verbatim", () => {
    expect(cleanText("王小明 🚀")).toBe("王小明 🚀");
    expect(cleanText("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
    expect(cleanText("=cmd|' /C calc'!A0")).toBe("=cmd|' /C calc'!A0");
  });
});
