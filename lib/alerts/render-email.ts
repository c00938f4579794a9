// An alert as an e-mail: plain text and a simple HTML part, each ending with
// the one-click unsubscribe link (also sent as List-Unsubscribe, send-email.ts).
import { markupKey, type Translate } from "@/lib/i18n/translator";
import { alertText, type AlertKey } from "./alert-content";
import type { SaidAlert } from "./say-alert";

const html = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** "<link>Unsubscribe</link> from {what}.": its link is made here. */
const unsubscribeKey: AlertKey = "emailUnsubscribe";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** `t` speaks the recipient's language, as the alert itself does. */
export function renderEmail(
  content: SaidAlert,
  unsubscribeUrl: string,
  unsubscribeWhat: string,
  t: Translate,
): RenderedEmail {
  const text = [
    content.summary,
    "",
    ...content.facts.map((f) => `${f.label}: ${f.value}`),
    ...(content.link ? ["", `${content.link.label}: ${content.link.url}`] : []),
    "",
    "--",
    alertText(t, "emailStop", { what: unsubscribeWhat, url: unsubscribeUrl }),
  ].join("\n");
  const facts = content.facts
    .map((f) => `<tr><th align="left">${html(f.label)}</th><td>${html(f.value)}</td></tr>`)
    .join("");
  const body = [
    `<p>${html(content.summary)}</p>`,
    facts ? `<table cellpadding="4">${facts}</table>` : "",
    content.link ? `<p><a href="${html(content.link.url)}">${html(content.link.label)}</a></p>` : "",
    `<hr><p style="font-size:12px;color:#666">`,
    // The messages are ours; the value in them (a channel's name) is escaped.
    markupKey(t, `alerts.${unsubscribeKey}`, {
      what: html(unsubscribeWhat),
      link: (chunks) => `<a href="${html(unsubscribeUrl)}">${chunks}</a>`,
    }) + "</p>",
  ].join("\n");
  return { subject: content.subject, text, html: body };
}
