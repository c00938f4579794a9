// Salesforce Web-to-Lead: a plain form post carrying the organisation id.
// No credentials — and no reliable answer: Salesforce replies 200 whether it
// keeps the lead or silently drops it, so the verdict says so every time.
import { z } from "zod";
import { errorKey } from "@/lib/i18n/validation";
import { defineAdapter } from "@/lib/destinations/define-adapter";
import { baseUrl, fieldMeta } from "@/lib/destinations/form-fields";
import { httpCall, recordRequest } from "@/lib/destinations/http-call";
import { failedVerdict, judgeExchange } from "@/lib/destinations/judge-exchange";
import { fieldMapping, mapLead } from "@/lib/destinations/field-mapping";
import { explainWebToLeadPage } from "@/lib/destinations/web-to-lead-error";

export const salesforceConfigSchema = z.object({
  orgId: z
    .string()
    .trim()
    .regex(/^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/, errorKey("salesforceOrgId"))
    .register(fieldMeta, {
      target: "value",
      label: "Organization ID (oid)",
      hint:
        "Salesforce Setup → Company Information → Salesforce.com Organization ID " +
        "(also the oid field of a generated Web-to-Lead form).",
      placeholder: "00D5g000000XXXX",
    }),
  baseUrl: baseUrl()
    .default("https://webto.salesforce.com")
    .register(fieldMeta, {
      target: "origin",
      label: "Web-to-Lead host",
      hint:
        "Leave as is unless your generated Web-to-Lead form posts elsewhere " +
        "(copy the host from its action= address).",
      input: "url",
    }),
  // The fields of Salesforce's generated Web-to-Lead form that Microsoft's connector fills.
  fieldMap: fieldMapping({
    defaults: {
      first_name: "firstName",
      last_name: "lastName",
      email: "email",
      company: "company",
      title: "title",
      phone: "phone",
      country: "country",
      lead_source: "leadSource",
      description: "summary",
    },
    // Custom fields go by their id (00N…) in a Web-to-Lead form.
    crmName: /^[A-Za-z0-9_]+$/,
    crmNameHint: "the form field's name, or a custom field's id such as 00N5g00000AbCdE",
    required: ["last_name", "company"],
    crmLabel: "Web-to-Lead",
  }),
});
export type SalesforceConfig = z.output<typeof salesforceConfigSchema>;

const UNKNOWN = "Unknown";

/**
 * Salesforce refuses (API) or drops (Web-to-Lead) a lead without a last name
 * or a company: fill the mapped ones that are empty — the last name from the
 * e-mail address — and return what was filled, for the verdict.
 */
export function fillSalesforceRequired(
  values: Record<string, string>,
  names: { lastName: string; company: string },
  email: string | null,
  placeholder = UNKNOWN,
): string[] {
  const filled: string[] = [];
  if (!values[names.lastName]?.trim()) {
    values[names.lastName] = email?.split("@")[0]?.trim() || placeholder;
    filled.push(`last name "${values[names.lastName]}"`);
  }
  if (!values[names.company]?.trim()) {
    values[names.company] = placeholder;
    filled.push(`company "${placeholder}"`);
  }
  return filled;
}

export const salesforceAdapter = defineAdapter({
  kind: "SALESFORCE",
  label: "Salesforce (Web-to-Lead)",
  description: "Posts the lead to Salesforce Web-to-Lead with your organisation id.",
  configSchema: salesforceConfigSchema,
  async send(lead, config, ctx) {
    const mapped = mapLead(lead, config.fieldMap);
    const names = { lastName: "last_name", company: "company" };
    const filled = fillSalesforceRequired(mapped.values, names, lead.customer.email);
    const form = new URLSearchParams({ oid: config.orgId, ...mapped.values, encoding: "UTF-8" });
    const request = {
      method: "POST",
      url: `${config.baseUrl}/servlet/servlet.WebToLead?encoding=UTF-8`,
      headers: { "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8" },
      body: form.toString(),
    };
    const exchange = await httpCall(ctx, request);
    const placeholders = filled.length
      ? ` Salesforce requires a last name and a company, so placeholders were sent: ${filled.join(", ")}.`
      : "";
    const draft = judgeExchange(exchange, {
      party: "Salesforce",
      request: recordRequest(request),
      timeoutMs: ctx.timeoutMs,
      success: (ex) => ({
        verdict:
          `Salesforce accepted the form post (HTTP ${ex.status}).${placeholders} ` +
          "Note that Salesforce answers 200 even when it drops a lead (a required pick-list left empty, " +
          "the daily Web-to-Lead limit — 500 by default — or reCAPTCHA switched on for the form), " +
          "so check that the lead appears in Salesforce.",
      }),
    });
    // The one refusal Web-to-Lead does report: its error page, still with HTTP 200.
    const refusal = draft.ok ? explainWebToLeadPage(exchange.text) : null;
    const judged = refusal
      ? { ...draft, ok: false, ...failedVerdict("Salesforce Web-to-Lead", draft.httpStatus, refusal, false) }
      : draft;
    return { ...judged, mapped: mapped.fields };
  },
});
