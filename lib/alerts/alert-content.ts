// What an alert says, independent of where it goes: stored with the message
// (AlertMessage.content) and rendered per channel when sent (render-*.ts).
import { appUrl } from "@/lib/app-url";
import { formatDateTime } from "@/lib/format";

export interface AlertContent {
  subject: string;
  /** One or two sentences; plain text. */
  summary: string;
  facts: { label: string; value: string }[];
  link?: { label: string; url: string };
}

export interface LeadFacts {
  id: string;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  offerTitle: string | null;
  offerId: string | null;
  action: string | null;
  dueAt: Date | null;
  ownerEmail?: string | null;
}

export function leadName(lead: Pick<LeadFacts, "firstName" | "lastName" | "company">): string {
  return [lead.firstName, lead.lastName].filter(Boolean).join(" ") || lead.company || "A lead";
}

export function leadLink(id: string): { label: string; url: string } {
  return { label: "Open the lead", url: `${appUrl()}/leads/${id}` };
}

/** Name, company, offer, action, due time, owner (when known), and the lead's link. */
export function leadContent(subject: string, summary: string, lead: LeadFacts): AlertContent {
  const facts = [
    { label: "Name", value: leadName(lead) },
    { label: "Company", value: lead.company ?? "—" },
    { label: "Offer", value: lead.offerTitle ?? lead.offerId ?? "—" },
    { label: "Action", value: lead.action ?? "—" },
    { label: "Due", value: lead.dueAt ? formatDateTime(lead.dueAt) : "No response target" },
  ];
  if (lead.ownerEmail !== undefined) facts.push({ label: "Owner", value: lead.ownerEmail ?? "Unassigned" });
  return { subject, summary, facts, link: leadLink(lead.id) };
}

/** Reads stored content back, tolerating rows written by an older version. */
export function readContent(value: unknown): AlertContent {
  const v = (value ?? {}) as Partial<AlertContent>;
  return {
    subject: String(v.subject ?? "Lead desk alert"),
    summary: String(v.summary ?? ""),
    facts: Array.isArray(v.facts) ? v.facts.map((f) => ({ label: String(f.label), value: String(f.value) })) : [],
    ...(v.link ? { link: { label: String(v.link.label), url: String(v.link.url) } } : {}),
  };
}
