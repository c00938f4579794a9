// The identity used to group one customer's leads: Microsoft sends a lead per
// funnel step and has no lead or customer id, so we derive one.
//
// A false match hides a real customer behind another one, while a missed match
// only shows two rows for one person. So the key errs on the side of keeping
// people apart:
// - E-mail is lowercased and trimmed only. Dots and "+tags" are NOT stripped in
//   general, because whether they matter depends on the mail provider (many
//   company servers treat "j.doe" and "jdoe" as different people). Gmail is the
//   exception: Google documents that it ignores dots and "+tags", and
//   googlemail.com is the same mailbox as gmail.com.
// - Without a usable e-mail, a name alone is too common to identify anyone;
//   a name together with a company is required.
// - Without either, there is no key, and the lead is never a duplicate.
import type { CustomerInfo, ParsedLead } from "@/lib/leads/lead";

const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/** "email:someone@contoso.com", "name:some one|contoso", or null when the customer cannot be identified. */
export function customerKey(customer: CustomerInfo): string | null {
  const email = normaliseEmail(customer.email);
  if (email) return `email:${email}`;

  const name = normaliseText([customer.firstName, customer.lastName].filter(Boolean).join(" "));
  const company = normaliseText(customer.company ?? "");
  if (name && company) return `name:${name}|${company}`;
  return null;
}

/**
 * One customer's leads for one offer and action: a later one within the
 * duplicate window is a duplicate of the first. Null without a customer key
 * (such a lead is never a duplicate). Ingestion locks on it; the demo seeder
 * groups by it.
 */
export function dedupeKey(key: string | null, lead: Pick<ParsedLead, "offerId" | "action">): string | null {
  return key === null ? null : [key, lead.offerId ?? "", lead.action ?? ""].join("\u001f");
}

/** The comparable form of an address, or null if it does not look like one ("n/a", "-"). */
function normaliseEmail(raw: string | null): string | null {
  const email = raw?.trim().toLowerCase() ?? "";
  const at = email.lastIndexOf("@");
  if (at <= 0 || at === email.length - 1 || /\s/.test(email)) return null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (!GMAIL_DOMAINS.has(domain)) return email;
  const mailbox = local.split("+")[0]!.replaceAll(".", "");
  return mailbox ? `${mailbox}@gmail.com` : email;
}

/** Lowercase, accents stripped (NFKD), whitespace collapsed; "|" is the key's separator so it becomes a space. */
function normaliseText(raw: string): string {
  return raw.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replaceAll("|", " ").replace(/\s+/g, " ").trim();
}
