// The one entry point of lead ingestion: a received body in, a ParsedLead out.
// Pure: no database, no HTTP. Lenient on purpose: Microsoft never resends a
// lead, so anything that carries lead data is accepted, however it is spelled.
import { customerFields, type ParsedLead } from "@/lib/leads/lead";
import { parseCreatedTime } from "@/lib/ingest/created-time";
import { addEntry } from "@/lib/ingest/extra-value";
import { funnelStage } from "@/lib/ingest/funnel-stage";
import { splitLeadSource } from "@/lib/ingest/lead-source";
import { readFields } from "@/lib/ingest/read-fields";
import { isTestLead } from "@/lib/ingest/test-lead";

export type ParseLeadResult = { ok: true; lead: ParsedLead } | { ok: false; reason: string };

/**
 * Parses a JSON value (already JSON.parse'd), a record of form strings, or
 * URLSearchParams. ok: false means there is no lead in it at all (the route
 * answers 422): not an object, or neither a customer field nor a lead source,
 * action or offer. A lead without personal data (.edu customers) is a lead.
 * Never throws.
 */
export function parseLead(body: unknown): ParseLeadResult {
  const fields = readFields(body);
  if (!fields) {
    return { ok: false, reason: "The body is not a JSON object or a set of form fields." };
  }

  const { customer, extra } = fields;
  const { source, action, offerId } = splitLeadSource(fields.leadSource, {
    actionCode: fields.actionCode,
    offerId: fields.offerId,
  });

  const hasCustomer = customerFields.some((field) => customer[field] !== null);
  const hasOrigin = Boolean(fields.leadSource || action || offerId || fields.offerTitle);
  if (!hasCustomer && !hasOrigin) {
    return {
      ok: false,
      reason: "No lead data: no customer field, lead source, action code or offer was found.",
    };
  }

  const sourceCreatedAt = parseCreatedTime(fields.createdTime);
  // An unreadable CreatedTime is not a date, but it is kept rather than lost.
  if (fields.createdTime && !sourceCreatedAt) addEntry(extra, "CreatedTime", fields.createdTime);

  const { stage, doNotContact } = funnelStage(action);
  const lead: ParsedLead = {
    customer,
    leadSource: fields.leadSource,
    source,
    action,
    offerId,
    offerTitle: fields.offerTitle,
    description: fields.description,
    stage,
    isTest: false,
    doNotContact,
    sourceCreatedAt,
    extra,
  };
  lead.isTest = isTestLead(lead);
  return { ok: true, lead };
}
