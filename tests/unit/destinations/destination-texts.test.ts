// The settings form shows each adapter's fields in the viewer's language: every
// field of every kind must have its label and hint there, in every locale, and
// the English must say what the adapter itself says.
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { locales, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { destinationAdapters } from "@/lib/destinations/registry";

let locale: Locale = "en";
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as "destinations" }),
}));

const { destinationTexts } = await import("@/app/(app)/settings/destinations/destination-texts");

describe("destination kinds and fields in the viewer's language", () => {
  beforeEach(() => {
    locale = "en";
  });

  it.each(locales)("%s: every adapter field has a label and a hint", async (each) => {
    locale = each;
    const texts = await destinationTexts();
    for (const adapter of Object.values(destinationAdapters)) {
      const kind = texts[adapter.kind];
      expect(kind.label.trim(), adapter.kind).not.toBe("");
      expect(kind.description.trim(), adapter.kind).not.toBe("");
      expect(Object.keys(kind.fields).sort(), adapter.kind).toEqual(adapter.fields.map((f) => f.name).sort());
      for (const [label, hint] of Object.values(kind.fields)) {
        expect(label.trim()).not.toBe("");
        expect(hint.trim()).not.toBe("");
      }
    }
  });

  it("English says what the adapters say", async () => {
    const texts = await destinationTexts();
    for (const adapter of Object.values(destinationAdapters)) {
      expect(texts[adapter.kind].label).toBe(adapter.label);
      expect(texts[adapter.kind].description).toBe(adapter.description);
      for (const field of adapter.fields) {
        expect(texts[adapter.kind].fields[field.name], `${adapter.kind}.${field.name}`).toEqual([
          field.label,
          field.hint,
        ]);
      }
    }
  });

  it("Portuguese and Spanish are not English left in place", async () => {
    for (const each of ["pt-PT", "es-ES"] as const) {
      locale = each;
      const texts = await destinationTexts();
      expect(texts.HTTPS.label).not.toBe(destinationAdapters.HTTPS.label);
      expect(texts.DYNAMICS.fields.instanceUrl![1]).not.toBe(destinationAdapters.DYNAMICS.fields[0]!.hint);
    }
  });
});
