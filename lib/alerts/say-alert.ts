// An alert's stored content said for one recipient: its messages in their
// language, its instants in their time zone (with the UTC offset), its counts
// as their language writes numbers. Strings stored as they were sent (names,
// offer ids, e-mails) stay as they are.
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { sayKey, type MessageValues, type Translate } from "@/lib/i18n/translator";
import type { AlertContent, AlertValue } from "./alert-content";

export interface Reader {
  t: Translate;
  locale: Locale;
  timeZone: string;
}

/** The alert as text, ready for an e-mail, Slack or Teams. */
export interface SaidAlert {
  subject: string;
  summary: string;
  facts: { label: string; value: string }[];
  link?: { label: string; url: string };
}

function sayValue(value: AlertValue, reader: Reader): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if ("at" in value) return formatDateTime(new Date(value.at), reader.timeZone, reader.locale);
  const values: MessageValues = {};
  for (const [name, inner] of Object.entries(value.v ?? {})) values[name] = sayValue(inner, reader);
  return sayKey(reader.t, `${value.ns ?? "alerts"}.${value.t}`, values);
}

const text = (value: AlertValue, reader: Reader) => String(sayValue(value, reader));

export function sayAlert(content: AlertContent, reader: Reader): SaidAlert {
  return {
    subject: text(content.subject, reader),
    summary: text(content.summary, reader),
    facts: content.facts.map((f) => ({ label: text(f.label, reader), value: text(f.value, reader) })),
    ...(content.link ? { link: { label: text(content.link.label, reader), url: content.link.url } } : {}),
  };
}
