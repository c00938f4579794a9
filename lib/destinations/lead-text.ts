// How a lead reads in a CRM: the lead source string, a subject line, and a
// description that keeps what has no field of its own (offer, action, campaign).
// What the customer did is worded once, by describeAction, for the app and the CRMs alike.
import { describeAction } from "@/lib/ingest/describe-action";
import type { CustomerInfo, LeadForDelivery } from "@/lib/leads/lead";

/** "Source-Action|Offer", as received when it is whole, else rebuilt from the parts. */
export function leadSourceString(lead: LeadForDelivery): string {
  const received = lead.leadSource?.trim();
  if (received?.includes("|")) return received;
  const source = lead.source ?? received ?? "";
  const withAction = lead.action && !source.endsWith(`-${lead.action}`) ? `${source}-${lead.action}` : source;
  return lead.offerId ? `${withAction}|${lead.offerId}` : withAction;
}

export function subjectLine(lead: LeadForDelivery): string {
  const prefix = lead.doNotContact ? "[DO NOT CONTACT] " : lead.isTest ? "[TEST] " : "";
  const offer = lead.offerTitle ?? lead.offerId ?? "Marketplace offer";
  return `${prefix}${offer}: ${describeAction(lead.source, lead.action)}`;
}

export function descriptionText(lead: LeadForDelivery): string {
  const lines = [
    lead.doNotContact ? "Do not contact: the customer asked a cross-listed partner not to be contacted." : null,
    lead.isTest ? "Test lead sent by the marketplace or Lead desk; not a real customer." : null,
    `Lead source: ${leadSourceString(lead) || "(none)"}`,
    lead.offerTitle || lead.offerId
      ? `Offer: ${[lead.offerTitle, lead.offerId && `(${lead.offerId})`].filter(Boolean).join(" ")}`
      : null,
    `Action: ${describeAction(lead.source, lead.action)}`,
    lead.description ? `Description: ${lead.description}` : null,
    `Lead desk id: ${lead.id}`,
  ];
  return lines.filter((l): l is string => l !== null).join("\n");
}

/**
 * The seven customer fields under Microsoft's property names; missing values
 * are empty strings, as the marketplace sends them.
 */
export function marketplaceUserDetails(customer: CustomerInfo): Record<string, string> {
  return {
    FirstName: customer.firstName ?? "",
    LastName: customer.lastName ?? "",
    Email: customer.email ?? "",
    Phone: customer.phone ?? "",
    Country: customer.country ?? "",
    Company: customer.company ?? "",
    Title: customer.title ?? "",
  };
}
