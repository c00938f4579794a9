// The list's counts and results read naturally in each language: plurals, the
// reader's digit grouping, and a marked number inside a plural sentence.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es-ES.json";
import pt from "@/messages/pt-PT.json";

const leads = (locale: "en" | "pt-PT" | "es-ES", messages: typeof en) =>
  createTranslator({ locale, messages, namespace: "leads" });

describe("list counts", () => {
  it("pluralise and group digits in the reader's language", () => {
    expect(leads("en", en)("count", { count: 1 })).toBe("1 lead");
    expect(leads("en", en)("count", { count: 12345 })).toBe("12,345 leads");
    expect(leads("pt-PT", pt)("count", { count: 12345 })).toBe("12\u00a0345 clientes potenciais");
    expect(leads("es-ES", es)("bulk.updated", { count: 1 })).toBe("1 cliente potencial actualizado.");
    expect(leads("es-ES", es)("pages.range", { first: 1, last: 50, total: "12.345" })).toBe("1–50 de 12.345");
  });

  it("mark the confirmed count inside a plural sentence", () => {
    const html = (locale: "en" | "pt-PT", messages: typeof en) =>
      leads(locale, messages).markup("bulk.willChange", {
        count: 1234,
        strong: (chunks) => `<strong>${chunks}</strong>`,
      });
    expect(html("en", en)).toBe("This changes <strong>1,234</strong> leads.");
    expect(html("pt-PT", pt)).toBe("Isto altera <strong>1234</strong> clientes potenciais.");
  });
});
