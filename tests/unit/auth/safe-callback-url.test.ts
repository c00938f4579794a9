import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths and drops everything else", () => {
    expect(safeCallbackUrl("/leads?stage=ACTIVE")).toBe("/leads?stage=ACTIVE");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", undefined, ["/a"]]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
});
