import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths and drops everything else", () => {
    expect(safeCallbackUrl("/leads?stage=ACTIVE")).toBe("/leads?stage=ACTIVE");
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      undefined,
      ["/a"],
    ]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
});

describe("safeCallbackUrl against a browser's parser", () => {
  const base = "https://desk.example";
  it("refuses control characters, Unicode whitespace and backslashes anywhere, and normalised protocol-relative paths", () => {
    for (const value of [
      "/\t/evil.example",
      "/\u0000/x",
      "/\u0085/x",
      "/\u00a0/x",
      "/\u2028/x",
      "/\ufeff/x",
      "/a\\b",
      "/.//evil.example",
    ]) {
      expect(safeCallbackUrl(value, base), JSON.stringify(value)).toBe("/");
    }
  });
  it("answers the resolved path, percent-encoded", () => {
    expect(safeCallbackUrl("/leads/é?q=ü", base)).toBe("/leads/%C3%A9?q=%C3%BC");
    expect(safeCallbackUrl("/%09/evil.example", base)).toBe("/%09/evil.example");
  });
});
