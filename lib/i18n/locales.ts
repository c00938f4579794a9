// The languages Lead desk speaks. Tags are BCP 47 as Intl and <html lang> expect;
// pt-PT and es-ES because the teams are in Portugal and Spain (docs/glossary.md).
export const locales = ["en", "pt-PT", "es-ES"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Each language named in itself, for the switcher. */
export const localeNames: Record<Locale, string> = { en: "English", "pt-PT": "Português", "es-ES": "Español" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
