// The one way to say things outside a request (alerts, the CSV export, the
// worker, errors' English text): a next-intl translator for a given locale.
// Inside a request, pages and actions use getTranslations / useTranslations.
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { loadMessages, type Messages } from "./messages";

/** A translator over the whole catalogue: t("errors.ruleGone"), t("alerts.due"). */
export type Translate = ReturnType<typeof createTranslator<Messages>>;

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

export type MessageValues = Record<string, string | number | Date>;

/**
 * Says a key chosen at run time (an error's, an issue's, a stored alert's). The key
 * is typed where it is chosen (ErrorKey, AlertKey); this is the one untyped call.
 */
export function sayKey(t: Translate, key: string, values?: MessageValues): string {
  return (t as unknown as (key: string, values?: MessageValues) => string)(key, values);
}

/** sayKey for a message with tags (<link>…</link>): each tag's function wraps its text, as t.markup does. */
export function markupKey(
  t: Translate,
  key: string,
  values: Record<string, string | number | ((chunks: string) => string)>,
): string {
  return (t.markup as unknown as (key: string, values: unknown) => string)(key, values);
}
