// A destination's field mapping: CRM field → Lead desk field (see lead-fields.ts),
// part of its settings with the defaults of Microsoft's own connectors, checked
// when saved (known Lead desk fields, CRM field names of the kind's form, the
// fields the CRM requires), and applied on every send.
import { z } from "zod";
import type { ErrorKey, MessageValues } from "@/lib/errors";
import { errorKey } from "@/lib/i18n/validation";
import { fieldMeta } from "@/lib/destinations/form-fields";
import { isLeadField, leadFieldValue } from "@/lib/destinations/lead-fields";
import type { LeadForDelivery } from "@/lib/leads/lead";

export type FieldMapping = Record<string, string>;

/** One mapped field as sent, for the test-lead result. */
export interface MappedField {
  crmField: string;
  leadField: string;
  value: string | null;
}

export interface MappingRules {
  /** The CRM's defaults (Microsoft's connector). */
  defaults: FieldMapping;
  /** How the CRM names fields, e.g. Dataverse's lower-case logical names. */
  crmName: RegExp;
  crmNameHint: string;
  /** CRM fields that must be mapped (the CRM refuses a lead without them). */
  required?: string[];
  crmLabel: string;
}

const MAX_FIELDS = 100;

/** The config field every mapping kind declares as `fieldMap`. */
export function fieldMapping(rules: MappingRules) {
  return z
    .record(z.string(), z.string())
    .superRefine((map, ctx) => {
      const entries = Object.entries(map);
      const issue = (key: ErrorKey, params: MessageValues) =>
        ctx.addIssue({ code: "custom", message: errorKey(key), params });
      if (entries.length > MAX_FIELDS) issue("mappingTooMany", { maximum: MAX_FIELDS });
      for (const [crm, lead] of entries) {
        if (!rules.crmName.test(crm))
          issue("mappingCrmName", { field: crm, crm: rules.crmLabel, hint: rules.crmNameHint });
        if (!isLeadField(lead)) issue("mappingLeadField", { field: lead, crmField: crm });
      }
      const missing = (rules.required ?? []).filter((f) => !Object.hasOwn(map, f));
      if (missing.length)
        issue("mappingRequired", { crm: rules.crmLabel, fields: missing.join(", "), count: missing.length });
    })
    .default(rules.defaults)
    .register(fieldMeta, {
      label: "Field mapping",
      hint:
        `One "${rules.crmLabel} field = Lead desk field" per line. Lead desk fields: firstName, lastName, ` +
        "email, phone, country, company, title, leadSource, source, action, actionText, offerId, offerTitle, " +
        "stage, status, owner, description, summary, subject, leadDeskId, receivedAt, and extra.<name> for " +
        "any other field the marketplace sent.",
      input: "mapping",
    });
}

/** The mapped fields for a lead: CRM field → value, empty values left out (CRMs read "" as "clear this field"). */
export function mapLead(
  lead: LeadForDelivery,
  mapping: FieldMapping,
): { values: Record<string, string>; fields: MappedField[] } {
  const values: Record<string, string> = {};
  const fields: MappedField[] = [];
  for (const [crmField, leadField] of Object.entries(mapping)) {
    const value = leadFieldValue(lead, leadField);
    if (value !== null) values[crmField] = value;
    fields.push({ crmField, leadField, value });
  }
  return { values, fields };
}
