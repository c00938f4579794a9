// E-mail settings: SMTP_URL (smtp://user:pass@host:587, or smtps:// for TLS
// from the first byte) and MAIL_FROM. Without SMTP_URL e-mail is simply not
// configured; with it, both must be usable. checkMail answers one line per
// problem, saying how to fix it, for the start-time check to print; it never
// repeats the URL, whose password is a secret.
import type { Env } from "@/lib/env";

export interface MailConfig {
  url: URL;
  secure: boolean;
  from: string;
}

// "Lead desk <leads@example.com>" or "leads@example.com": one address, no line breaks.
const address = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;
const named = /^[^<>\r\n]*<([^<>\s]+)>$/;

function fromAddress(value: string): string | null {
  const trimmed = value.trim();
  const inner = named.exec(trimmed)?.[1] ?? trimmed;
  return address.test(inner) ? inner : null;
}

export function checkMail(env: Env): string[] {
  const url = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  if (!url)
    return from
      ? [
          "MAIL_FROM is set but SMTP_URL is not: set SMTP_URL (e.g. smtp://user:password@mail.example.com:587) " +
            "to send e-mail, or unset MAIL_FROM.",
        ]
      : [];
  const problems: string[] = [];
  let parsed: URL | null = null;
  try {
    // "host:25" parses as a URL of scheme "host": only scheme://… counts.
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) throw new TypeError("no scheme");
    parsed = new URL(url);
  } catch {
    problems.push(
      "SMTP_URL is not a URL: write it as smtp://user:password@mail.example.com:587 " +
        "(percent-encode @, : and / in the password).",
    );
  }
  if (parsed) {
    if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") {
      problems.push(
        "SMTP_URL must start with smtp:// (STARTTLS, usually port 587) or smtps:// (TLS, usually port 465), " +
          `not ${parsed.protocol}//.`,
      );
    } else if (!parsed.hostname)
      problems.push("SMTP_URL has no host: write it as smtp://user:password@mail.example.com:587.");
    else if (parsed.username && !parsed.password)
      problems.push("SMTP_URL names a user but no password: write smtp://user:password@host:587, or leave both out.");
    else if (parsed.pathname && parsed.pathname !== "/")
      problems.push("SMTP_URL must not have a path: keep only smtp://user:password@host:port.");
  }
  if (!from)
    problems.push('MAIL_FROM is not set: set the sender address, e.g. MAIL_FROM="Lead desk <leads@example.com>".');
  else if (!fromAddress(from))
    problems.push(
      'MAIL_FROM is not one e-mail address: write it as leads@example.com or "Lead desk <leads@example.com>".',
    );
  return problems;
}

/** The settings to send with, or null when e-mail is not configured (or checkMail has problems). */
export function mailConfig(env: Env): MailConfig | null {
  if (!env.SMTP_URL?.trim() || checkMail(env).length) return null;
  const url = new URL(env.SMTP_URL.trim());
  return { url, secure: url.protocol === "smtps:", from: env.MAIL_FROM!.trim() };
}
