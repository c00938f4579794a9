// A destination's field mapping: CRM field → Lead desk field (see lead-fields.ts),
// part of its settings with the defaults of Microsoft's own connectors, checked
// when saved (known Lead desk fields, CRM field names of the kind's form, the
// fields the CRM requires), and applied on every send.
import { z } from "zod";
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
      if (entries.length > MAX_FIELDS) ctx.addIssue({ code: "custom", message: `Map at most ${MAX_FIELDS} fields.` });
      const issue = (message: string) => ctx.addIssue({ code: "custom", message });
      for (const [crm, lead] of entries) {
        if (!rules.crmName.test(crm)) issue(`"${crm}" is not a ${rules.crmLabel} field name (${rules.crmNameHint}).`);
        if (!isLeadField(lead)) issue(`"${lead}" (for ${crm}) is not a Lead desk field.`);
      }
      const missing = (rules.required ?? []).filter((f) => !Object.hasOwn(map, f));
      const each = missing.length > 1 ? "each" : "it";
      const names = missing.join(" and ");
      if (missing.length) issue(`${rules.crmLabel} requires ${names}: map a Lead desk field to ${each}.`);
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
