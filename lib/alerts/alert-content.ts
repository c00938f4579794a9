// What an alert says, independent of where it goes and in which language:
// stored with the message (AlertMessage.content) as `alerts` message keys and
// values, and said in the recipient's language and time zone when it is sent
// (say-alert.ts), then rendered per channel (render-*.ts).
import { appUrl } from "@/lib/app-url";
import { actionMessage } from "@/lib/ingest/describe-action";
import type { Messages } from "@/lib/i18n/messages";
import { sayKey, type MessageValues, type Translate } from "@/lib/i18n/translator";

export type AlertKey = keyof Messages["alerts"];

/** A message with its values: of the `alerts` namespace, or (ns "domain") one of the product's domain words. */
export interface AlertText {
  t: string;
  ns?: "domain";
  v?: Record<string, AlertValue>;
}

/**
 * A value in an alert: text shown as it is (names, e-mails, offer ids, errors from
 * a log), a number, an instant (said in the recipient's zone), or a message.
 */
export type AlertValue = string | number | { at: string } | AlertText;

export interface AlertContent {
  subject: AlertValue;
  /** One or two sentences; plain text. */
  summary: AlertValue;
  facts: { label: AlertValue; value: AlertValue }[];
  link?: { label: AlertValue; url: string };
}

/** An `alerts` message said now, where no stored content is involved (footers, the unsubscribe answers). */
export const alertText = (t: Translate, key: AlertKey, values?: MessageValues): string =>
  sayKey(t, `alerts.${key}`, values);

export const say = (t: AlertKey, v?: AlertText["v"]): AlertText => (v ? { t, v } : { t });

/** What the customer did (domain.action.*), from the lead's source and action code. */
export function actionText(source: string | null, action: string | null): AlertText {
  const { key, values } = actionMessage(source, action);
  return { t: key, ns: "domain", v: values };
}
export const at = (date: Date): { at: string } => ({ at: date.toISOString() });

export interface LeadFacts {
  id: string;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  offerTitle: string | null;
  offerId: string | null;
  source: string | null;
  action: string | null;
  dueAt: Date | null;
  ownerEmail?: string | null;
}

/** The customer's name as sent, else the company, else "A lead". */
export function leadName(lead: Pick<LeadFacts, "firstName" | "lastName" | "company">): AlertValue {
  return [lead.firstName, lead.lastName].filter(Boolean).join(" ") || lead.company || say("aLead");
}

export function leadLink(id: string): AlertContent["link"] {
  return { label: say("openLead"), url: `${appUrl()}/leads/${id}` };
}

/** Name, company, offer, action, due time, owner (when known), and the lead's link. */
export function leadContent(subject: AlertValue, summary: AlertValue, lead: LeadFacts): AlertContent {
  const facts = [
    { label: say("factName"), value: leadName(lead) },
    { label: say("factCompany"), value: lead.company ?? "—" },
    { label: say("factOffer"), value: lead.offerTitle ?? lead.offerId ?? "—" },
    { label: say("factAction"), value: actionText(lead.source, lead.action) },
    { label: say("factDue"), value: lead.dueAt ? at(lead.dueAt) : say("noTarget") },
  ];
  if (lead.ownerEmail !== undefined)
    facts.push({ label: say("factOwner"), value: lead.ownerEmail ?? say("unassigned") });
  return { subject, summary, facts, link: leadLink(lead.id) };
}

function readValue(value: unknown): AlertValue {
  if (typeof value === "string" || typeof value === "number") return value;
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.at === "string") return { at: v.at };
    if (typeof v.t === "string") {
      const values = v.v && typeof v.v === "object" ? (v.v as Record<string, unknown>) : undefined;
      return {
        t: v.t,
        ...(v.ns === "domain" ? { ns: "domain" as const } : {}),
        ...(values && {
          v: Object.fromEntries(Object.entries(values).map(([name, inner]) => [name, readValue(inner)])),
        }),
      };
    }
  }
  return String(value ?? "");
}

/** Reads stored content back, tolerating rows written by an older version (plain English strings). */
export function readContent(value: unknown): AlertContent {
  const v = (value ?? {}) as Partial<Record<keyof AlertContent, unknown>>;
  const link = v.link as { label?: unknown; url?: unknown } | undefined;
  return {
    subject: v.subject === undefined ? say("fallbackSubject") : readValue(v.subject),
    summary: readValue(v.summary ?? ""),
    facts: Array.isArray(v.facts)
      ? v.facts.map((f: { label?: unknown; value?: unknown }) => ({
          label: readValue(f.label),
          value: readValue(f.value),
        }))
      : [],
    ...(link ? { link: { label: readValue(link.label), url: String(link.url) } } : {}),
  };
}
