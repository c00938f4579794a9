// Saying a message whose key is chosen at run time, with any next-intl translator
// (useTranslations(), getTranslations(), translatorFor()). No messages are loaded
// here, so browser code (lib/i18n/validation.ts in a form) can use it.
import type { createTranslator } from "next-intl";
import type { Messages } from "./messages";

/** A translator over the whole catalogue: t("errors.ruleGone"), t("alerts.factDue"). */
export type Translate = ReturnType<typeof createTranslator<Messages>>;

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
