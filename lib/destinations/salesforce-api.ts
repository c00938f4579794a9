// Salesforce through its REST API: a connected app signs in with the OAuth 2.0
// client credentials flow on the org's My Domain, then creates a Lead record.
// Unlike Web-to-Lead, Salesforce answers for every lead: 201 with the new
// record's id, or an error that names what is wrong.
import { z } from "zod";
import { errorKey } from "@/lib/i18n/validation";
import { defineAdapter } from "@/lib/destinations/define-adapter";
import { baseUrl, baseUrlSetting, fieldMeta } from "@/lib/destinations/form-fields";
import { httpCall, recordRequest } from "@/lib/destinations/http-call";
import { judgeExchange } from "@/lib/destinations/judge-exchange";
import { fieldMapping, mapLead } from "@/lib/destinations/field-mapping";
import { fillSalesforceRequired } from "@/lib/destinations/salesforce";
import { explainSalesforceApiError } from "@/lib/destinations/salesforce-api-error";
import { parseJson, stringAt } from "@/lib/destinations/service-error";
import { tokenCacheKey, withAccessToken } from "@/lib/destinations/token-cache";

export const salesforceApiConfigSchema = z.object({
  myDomainUrl: baseUrl().register(fieldMeta, {
    target: "origin",
    label: "My Domain URL",
    hint: "Setup → My Domain → Current My Domain URL, with https:// in front.",
    placeholder: "https://contoso.my.salesforce.com",
    input: "url",
  }),
  clientId: z
    .string()
    .trim()
    .min(1)
    .register(fieldMeta, {
      label: "Consumer key",
      hint:
        "Setup → App Manager → your connected app → View → Manage Consumer Details. The app needs the " +
        "client credentials flow enabled and a Run As user allowed to create leads (Manage → Edit Policies).",
    }),
  clientSecret: z.string().min(1).register(fieldMeta, {
    label: "Consumer secret",
    hint: "Same Manage Consumer Details page → Consumer Secret.",
    secret: true,
  }),
  apiVersion: z
    .string()
    .trim()
    .regex(/^\d{2,3}\.0$/, errorKey("salesforceApiVersion"))
    .default("62.0")
    .register(fieldMeta, {
      label: "API version",
      hint: "The REST API version to call; leave as is unless your org requires another.",
    }),
  companyPlaceholder: z.string().trim().min(1).max(255).default("Not provided").register(fieldMeta, {
    label: "Company when none is given",
    hint: "Salesforce requires a company on every lead; the marketplace does not always send one.",
  }),
  fieldMap: fieldMapping({
    defaults: {
      FirstName: "firstName",
      LastName: "lastName",
      Email: "email",
      Phone: "phone",
      Country: "country",
      Company: "company",
      Title: "title",
      LeadSource: "leadSource",
      Description: "summary",
    },
    crmName: /^[A-Za-z][A-Za-z0-9_]*$/,
    crmNameHint: "its API name, e.g. Offer_Id__c",
    required: ["LastName", "Company"],
    crmLabel: "Salesforce",
  }),
});
export type SalesforceApiConfig = z.output<typeof salesforceApiConfigSchema>;

/** Salesforce does not say when its tokens expire (the org's session timeout); 15 minutes is its shortest. */
const TOKEN_LIFETIME_SECONDS = 15 * 60;

export const salesforceApiAdapter = defineAdapter({
  kind: "SALESFORCE_API",
  label: "Salesforce (API)",
  description:
    "Creates a Lead through the Salesforce REST API with a connected app, and confirms each one by its record id.",
  configSchema: salesforceApiConfigSchema,
  recordLink(config, id) {
    const domain = baseUrlSetting(config, "myDomainUrl");
    return { label: "Open in Salesforce", url: domain && `${domain}/lightning/r/Lead/${encodeURIComponent(id)}/view` };
  },
  async send(lead, config, ctx, secrets) {
    const mapped = mapLead(lead, config.fieldMap);
    const names = { lastName: "LastName", company: "Company" };
    const filled = fillSalesforceRequired(mapped.values, names, lead.customer.email, config.companyPlaceholder);
    const body = JSON.stringify(mapped.values);
    const result = await withAccessToken(
      {
        key: tokenCacheKey("salesforce", config.myDomainUrl, config.clientId, config.clientSecret),
        party: "Salesforce (sign-in)",
        request: {
          method: "POST",
          url: `${config.myDomainUrl}/services/oauth2/token`,
          headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
          body: new URLSearchParams({
            grant_type: "client_credentials",
            client_id: config.clientId,
            client_secret: config.clientSecret,
          }).toString(),
        },
        defaultLifetimeSeconds: TOKEN_LIFETIME_SECONDS,
      },
      ctx,
      secrets,
      (token) =>
        httpCall(ctx, {
          method: "POST",
          url: `${config.myDomainUrl}/services/data/v${config.apiVersion}/sobjects/Lead`,
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", Accept: "application/json" },
          body,
        }),
      (exchange) => exchange.status === 401,
    );
    if ("failed" in result) return result.failed;
    const { exchange } = result;
    const placeholders = filled.length
      ? ` Placeholders were sent for what Salesforce requires: ${filled.join(", ")}.`
      : "";
    const draft = judgeExchange(exchange, {
      party: "Salesforce",
      request: recordRequest(exchange.request),
      timeoutMs: ctx.timeoutMs,
      explain: explainSalesforceApiError,
      success: (ex) => {
        const id = stringAt(parseJson(ex.text), "id");
        return { remoteId: id, verdict: `Salesforce created the lead (HTTP ${ex.status}), id ${id}.${placeholders}` };
      },
    });
    // Only a 201 with the new record's id confirms a lead; anything else proves nothing.
    if (draft.ok && (exchange.status !== 201 || !draft.remoteId)) {
      return {
        ...draft,
        mapped: mapped.fields,
        ok: false,
        retryable: false,
        remoteId: null,
        verdict:
          `Salesforce answered HTTP ${exchange.status} without a new record id, ` +
          "so nothing confirms the lead was created. " +
          "Check the My Domain URL and the API version in the destination settings.",
        error: `HTTP ${exchange.status} without a record id`,
      };
    }
    return { ...draft, mapped: mapped.fields };
  },
});
