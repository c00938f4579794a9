// The one way to say things outside a request (alerts, the CSV export, the
// worker, errors' English text): a next-intl translator for a given locale.
// Inside a request, pages and actions use getTranslations / useTranslations.
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { loadMessages } from "./messages";
import type { Translate } from "./say-key";

export { markupKey, sayKey, type MessageValues, type Translate } from "./say-key";

/** English, synchronously: the text of errors for logs, the CLI and machine clients. */
export const english: Translate = createTranslator({ locale: defaultLocale, messages: en });

const translators = new Map<Locale, Promise<Translate>>([[defaultLocale, Promise.resolve(english)]]);

/** The locale to speak for a stored preference: a supported one, else English. */
export function localeOr(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** A translator for a stored locale (a user's, a channel's); unknown or null → English. */
export function translatorFor(locale: string | null | undefined): Promise<Translate> {
  const chosen = localeOr(locale);
  let translator = translators.get(chosen);
  if (!translator) {
    translator = loadMessages(chosen).then((messages) => createTranslator({ locale: chosen, messages }));
    translators.set(chosen, translator);
  }
  return translator;
}
