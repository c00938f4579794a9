// The Lead desk fields a destination's field mapping can send, each with how
// its value is read from a lead. `extra.<name>` reads a field the marketplace
// sent that Lead desk has no column for (kept verbatim in the lead's extras).
import { descriptionText, leadSourceString, subjectLine } from "@/lib/destinations/lead-text";
import { describeAction } from "@/lib/ingest/describe-action";
import { stageLabels } from "@/lib/leads/labels";
import type { LeadForDelivery } from "@/lib/leads/lead";

type Reader = (lead: LeadForDelivery) => string | null | undefined;

export const leadFields = {
  firstName: (l) => l.customer.firstName,
  lastName: (l) => l.customer.lastName,
  email: (l) => l.customer.email,
  phone: (l) => l.customer.phone,
  country: (l) => l.customer.country,
  company: (l) => l.customer.company,
  title: (l) => l.customer.title,
  /** "Source-Action|Offer", as Microsoft's connectors send it. */
  leadSource: (l) => leadSourceString(l),
  source: (l) => l.source,
  action: (l) => l.action,
  /** What the customer did, in words. */
  actionText: (l) => describeAction(l.source, l.action),
  offerId: (l) => l.offerId,
  offerTitle: (l) => l.offerTitle,
  stage: (l) => stageLabels[l.stage],
  status: (l) => l.status,
  owner: (l) => l.ownerEmail,
  /** The description as the marketplace sent it. */
  description: (l) => l.description,
  /** Offer, action, campaign and Lead desk id in a few lines (what the default mappings send as a description). */
  summary: (l) => descriptionText(l),
  subject: (l) => subjectLine(l),
  leadDeskId: (l) => l.id,
  receivedAt: (l) => l.receivedAt.toISOString(),
} satisfies Record<string, Reader>;

export type LeadFieldName = keyof typeof leadFields;

const EXTRA = /^extra\.(.+)$/;

export function isLeadField(name: string): boolean {
  return Object.hasOwn(leadFields, name) || (EXTRA.test(name) && name.length <= 120);
}

function extraValue(lead: LeadForDelivery, key: string): string | null {
  const lower = key.toLowerCase();
  const found = Object.hasOwn(lead.extra, key) ? key : Object.keys(lead.extra).find((k) => k.toLowerCase() === lower);
  const value = found === undefined ? undefined : lead.extra[found];
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The value of a Lead desk field (or extra.<name>) for a lead; null when it has none. */
export function leadFieldValue(lead: LeadForDelivery, name: string): string | null {
  const extra = EXTRA.exec(name);
  if (extra) return extraValue(lead, extra[1]!);
  const reader = (leadFields as Record<string, Reader>)[name];
  const value = reader?.(lead);
  return typeof value === "string" && value !== "" ? value : null;
}
