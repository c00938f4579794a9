// Sends one alert e-mail over SMTP (SMTP_URL, MAIL_FROM) with nodemailer.
// Every message carries List-Unsubscribe with List-Unsubscribe-Post (RFC 8058),
// so mail clients offer one-click unsubscribe too. SMTP answers 5xx are final
// (a refused recipient will not change by waiting); connection failures, time-outs
// and 4xx are retried by the outbox.
import nodemailer, { type Transporter } from "nodemailer";
import { mailConfig, type MailConfig } from "@/lib/config/mail";
import type { Env } from "@/lib/env";
import type { RenderedEmail } from "./render-email";
import { notSent, type AlertSendOutcome } from "./send-outcome";

const TIMEOUT_MS = 15_000;
const transports = new Map<string, Transporter>();

function transportFor(config: MailConfig): Transporter {
  const key = config.url.href;
  let transport = transports.get(key);
  if (!transport) {
    transport = nodemailer.createTransport({
      host: config.url.hostname,
      port: Number(config.url.port) || (config.secure ? 465 : 587),
      secure: config.secure,
      auth: config.url.username
        ? { user: decodeURIComponent(config.url.username), pass: decodeURIComponent(config.url.password) }
        : undefined,
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    });
    transports.set(key, transport);
  }
  return transport;
}

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  /** The page a person opens, and the URL a mail client POSTs to for one-click unsubscribe. */
  unsubscribe: { page: string; oneClick: string };
}

export function emailConfigured(env: Env = process.env): boolean {
  return mailConfig(env) !== null;
}

export async function sendEmail(mail: OutgoingEmail, env: Env = process.env): Promise<AlertSendOutcome> {
  const config = mailConfig(env);
  if (!config) return notSent("E-mail is not configured (SMTP_URL, MAIL_FROM).", "skip");
  const started = Date.now();
  try {
    await transportFor(config).sendMail({
      from: config.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: {
        "List-Unsubscribe": `<${mail.unsubscribe.oneClick}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    return { ok: true, retryable: false, httpStatus: null, error: null, latencyMs: Date.now() - started };
  } catch (error) {
    const e = error as { message?: string; responseCode?: number; code?: string };
    const permanent = typeof e.responseCode === "number" && e.responseCode >= 500 && e.code !== "EAUTH";
    const password = config.url.password;
    const message = String(e.message ?? error)
      .split(password || "\u0000")
      .join("***");
    return {
      ok: false,
      retryable: !permanent,
      httpStatus: null,
      error: `SMTP: ${message}`,
      latencyMs: Date.now() - started,
    };
  }
}
