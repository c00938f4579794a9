// Salesforce Web-to-Lead: a plain form post carrying the organisation id.
// No credentials — and no reliable answer: Salesforce replies 200 whether it
// keeps the lead or silently drops it, so the verdict says so every time.
import { z } from "zod";
import { defineAdapter } from "@/lib/destinations/define-adapter";
import { baseUrl, fieldMeta } from "@/lib/destinations/form-fields";
import { httpCall } from "@/lib/destinations/http-call";
import { judgeExchange } from "@/lib/destinations/judge-exchange";
import { compact, descriptionText, leadSourceString } from "@/lib/destinations/lead-text";
import { recordRequest } from "@/lib/destinations/recorded-request";
import type { CustomerInfo } from "@/lib/leads/lead";

export const salesforceConfigSchema = z.object({
  orgId: z
    .string()
    .trim()
    .regex(/^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/, "A Salesforce organisation id starts with 00D and has 15 or 18 characters.")
    .register(fieldMeta, {
      target: "value",
      label: "Organization ID (oid)",
      hint: "Salesforce Setup → Company Information → Salesforce.com Organization ID (also the oid field of a generated Web-to-Lead form).",
      placeholder: "00D5g000000XXXX",
    }),
  baseUrl: baseUrl().default("https://webto.salesforce.com").register(fieldMeta, {
    target: "origin",
    label: "Web-to-Lead host",
    hint: "Leave as is unless your generated Web-to-Lead form posts elsewhere (copy the host from its action= address).",
    input: "url",
  }),
});
export type SalesforceConfig = z.output<typeof salesforceConfigSchema>;

const UNKNOWN = "Unknown";

/** last_name and company are required by Salesforce; without them the lead is dropped. */
export function salesforceRequiredFields(customer: CustomerInfo): { lastName: string; company: string; filled: string[] } {
  const filled: string[] = [];
  let lastName = customer.lastName?.trim() ?? "";
  if (!lastName) {
    lastName = customer.email?.split("@")[0]?.trim() || UNKNOWN;
    filled.push(`last name "${lastName}"`);
  }
  let company = customer.company?.trim() ?? "";
  if (!company) {
    company = UNKNOWN;
    filled.push(`company "${company}"`);
  }
  return { lastName, company, filled };
}

export const salesforceAdapter = defineAdapter({
  kind: "SALESFORCE",
  label: "Salesforce",
  description: "Posts the lead to Salesforce Web-to-Lead with your organisation id.",
  configSchema: salesforceConfigSchema,
  async send(lead, config, ctx) {
    const c = lead.customer;
    const required = salesforceRequiredFields(c);
    const form = new URLSearchParams(
      compact({
        oid: config.orgId,
        first_name: c.firstName,
        last_name: required.lastName,
        email: c.email,
        company: required.company,
        title: c.title,
        phone: c.phone,
        country: c.country,
        lead_source: leadSourceString(lead),
        description: descriptionText(lead),
        encoding: "UTF-8",
      }),
    );
    const request = {
      method: "POST",
      url: `${config.baseUrl}/servlet/servlet.WebToLead?encoding=UTF-8`,
      headers: { "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8" },
      body: form.toString(),
    };
    const exchange = await httpCall(ctx, request);
    const placeholders = required.filled.length
      ? ` Salesforce requires a last name and a company, so placeholders were sent: ${required.filled.join(", ")}.`
      : "";
    return judgeExchange(exchange, {
      party: "Salesforce",
      request: recordRequest(request),
      timeoutMs: ctx.timeoutMs,
      success: (ex) => ({
        verdict:
          `Salesforce accepted the form post (HTTP ${ex.status}).${placeholders} Note that Salesforce answers 200 even when it ` +
          "drops a lead (a required pick-list left empty, the daily Web-to-Lead limit — 500 by default — or reCAPTCHA " +
          "switched on for the form), so check that the lead appears in Salesforce.",
      }),
    });
  },
});
