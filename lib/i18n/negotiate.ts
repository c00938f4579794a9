import { defaultLocale, isLocale, locales, type Locale } from "./locales";

// A browser asking for any Portuguese or Spanish gets ours (pt-BR reads pt-PT
// well enough; es-MX reads es-ES), so match on the primary subtag after the exact tag.
const byLanguage = new Map<string, Locale>(locales.map((locale) => [primary(locale), locale]));

function primary(tag: string): string {
  return (tag.split("-", 1)[0] ?? "").toLowerCase();
}

/** The best supported locale for an Accept-Language header, by q-value then order; English when none fits. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.tag && range.tag !== "*" && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    const exact = locales.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = byLanguage.get(primary(tag));
    if (language) return language;
  }
  return defaultLocale;
}

/** The locale for a person: their saved choice, else what their browser asks for. */
export function resolveLocale(saved: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(saved) ? saved : negotiateLocale(acceptLanguage);
}
