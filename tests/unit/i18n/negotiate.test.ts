import { describe, expect, it } from "vitest";
import { negotiateLocale, resolveLocale } from "@/lib/i18n/negotiate";

describe("negotiateLocale", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["pt-PT,pt;q=0.9,en;q=0.8", "pt-PT"],
    ["es-ES", "es-ES"],
    ["pt-BR", "pt-PT"],
    ["es-MX,es;q=0.9", "es-ES"],
    ["de-DE,de;q=0.9", "en"],
    ["de-DE,es;q=0.5,pt;q=0.7", "pt-PT"],
    ["en;q=0.1,es-ES;q=0.9", "es-ES"],
    ["PT-pt", "pt-PT"],
    ["*", "en"],
    ["es;q=0,pt;q=0.2", "pt-PT"],
    ["fr;q=abc,es", "es-ES"],
  ])("%j → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("resolveLocale", () => {
  it("prefers the user's saved language over the browser's", () => {
    expect(resolveLocale("es-ES", "pt-PT")).toBe("es-ES");
  });
  it("ignores a saved value that is not a supported locale", () => {
    expect(resolveLocale("fr-FR", "pt-PT")).toBe("pt-PT");
    expect(resolveLocale(null, null)).toBe("en");
  });
});
