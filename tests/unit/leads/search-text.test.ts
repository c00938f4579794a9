import { describe, expect, it } from "vitest";
import { foldText, leadSearchText } from "@/lib/leads/search-text";

describe("search text", () => {
  it("folds case, accents and spacing so 'angstrom' finds 'Ångström'", () => {
    expect(foldText("  Zoë   ÅNGSTRÖM ")).toBe("zoe angstrom");
    expect(foldText("Ｆｕｌｌｗｉｄｔｈ")).toBe("fullwidth");
    expect(
      leadSearchText({ firstName: "José", lastName: null, email: "J@X.COM", company: "Fabrikam", title: "CTO" }),
    ).toBe("jose j@x.com fabrikam cto");
  });
});
