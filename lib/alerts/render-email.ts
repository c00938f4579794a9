// An alert as an e-mail: plain text and a simple HTML part, each ending with
// the one-click unsubscribe link (also sent as List-Unsubscribe, send-email.ts).
import type { AlertContent } from "./alert-content";

const html = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function renderEmail(content: AlertContent, unsubscribeUrl: string, unsubscribeWhat: string): RenderedEmail {
  const text = [
    content.summary,
    "",
    ...content.facts.map((f) => `${f.label}: ${f.value}`),
    ...(content.link ? ["", `${content.link.label}: ${content.link.url}`] : []),
    "",
    "--",
    `Stop these e-mails (${unsubscribeWhat}): ${unsubscribeUrl}`,
  ].join("\n");
  const facts = content.facts
    .map((f) => `<tr><th align="left">${html(f.label)}</th><td>${html(f.value)}</td></tr>`)
    .join("");
  const body = [
    `<p>${html(content.summary)}</p>`,
    facts ? `<table cellpadding="4">${facts}</table>` : "",
    content.link ? `<p><a href="${html(content.link.url)}">${html(content.link.label)}</a></p>` : "",
    `<hr><p style="font-size:12px;color:#666">`,
    `<a href="${html(unsubscribeUrl)}">Unsubscribe</a> from ${html(unsubscribeWhat)}.</p>`,
  ].join("\n");
  return { subject: content.subject, text, html: body };
}
