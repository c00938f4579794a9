// Dynamics 365 / Dataverse: an Entra ID app (client credentials) creates a
// record in the standard `lead` table through the Web API.
import { z } from "zod";
import { defineAdapter } from "@/lib/destinations/define-adapter";
import { explainDynamicsError } from "@/lib/destinations/dynamics-error";
import { fieldMapping, mapLead } from "@/lib/destinations/field-mapping";
import { baseUrl, baseUrlSetting, fieldMeta } from "@/lib/destinations/form-fields";
import { httpCall, recordRequest } from "@/lib/destinations/http-call";
import { judgeExchange } from "@/lib/destinations/judge-exchange";
import { tokenCacheKey, withAccessToken } from "@/lib/destinations/token-cache";

export const dynamicsConfigSchema = z.object({
  instanceUrl: baseUrl().register(fieldMeta, {
    target: "origin",
    label: "Environment URL",
    hint: "Power Platform admin center → Environments → your environment → Environment URL.",
    placeholder: "https://contoso.crm4.dynamics.com",
    input: "url",
  }),
  tenantId: z.string().trim().min(1).register(fieldMeta, {
    target: "value",
    label: "Directory (tenant) ID",
    hint: "Entra admin center → App registrations → your app → Overview → Directory (tenant) ID.",
  }),
  clientId: z
    .string()
    .trim()
    .min(1)
    .register(fieldMeta, {
      label: "Application (client) ID",
      hint:
        "Same Overview page → Application (client) ID. " +
        "The app must be an application user in the environment with a role that can create leads.",
    }),
  clientSecret: z.string().min(1).register(fieldMeta, {
    label: "Client secret",
    hint: "App registration → Certificates & secrets → New client secret; copy the Value (not the Secret ID).",
    secret: true,
  }),
  loginUrl: baseUrl().default("https://login.microsoftonline.com").register(fieldMeta, {
    target: "origin",
    label: "Sign-in host",
    hint: "Leave as is unless you use a sovereign cloud (e.g. https://login.microsoftonline.us).",
    input: "url",
  }),
  // Microsoft's connector fills these columns of the standard lead table.
  fieldMap: fieldMapping({
    defaults: {
      firstname: "firstName",
      lastname: "lastName",
      emailaddress1: "email",
      telephone1: "phone",
      address1_country: "country",
      companyname: "company",
      jobtitle: "title",
      subject: "subject",
      description: "summary",
    },
    crmName: /^[a-z][a-z0-9_]*$/,
    crmNameHint: "its logical name in lower case, e.g. new_offerid",
    crmLabel: "Dataverse",
  }),
});
export type DynamicsConfig = z.output<typeof dynamicsConfigSchema>;

export const dynamicsAdapter = defineAdapter({
  kind: "DYNAMICS",
  label: "Dynamics 365",
  description: "Creates a lead in Dynamics 365 Sales (Dataverse) through the Web API.",
  configSchema: dynamicsConfigSchema,
  recordLink(config, id) {
    const instance = baseUrlSetting(config, "instanceUrl");
    const query = new URLSearchParams({ etn: "lead", pagetype: "entityrecord", id });
    return { label: "Open in Dynamics", url: instance && `${instance}/main.aspx?${query}` };
  },
  async send(lead, config, ctx, secrets) {
    const mapped = mapLead(lead, config.fieldMap);
    const tokenRequest = {
      method: "POST",
      url: `${config.loginUrl}/${encodeURIComponent(config.tenantId)}/oauth2/v2.0/token`,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: config.clientId,
        client_secret: config.clientSecret,
        scope: `${config.instanceUrl}/.default`,
      }).toString(),
    };
    const body = JSON.stringify(mapped.values);
    const leadRequest = (token: string) => ({
      method: "POST",
      url: `${config.instanceUrl}/api/data/v9.2/leads`,
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json; charset=utf-8",
        Accept: "application/json",
        "OData-MaxVersion": "4.0",
        "OData-Version": "4.0",
      },
      body,
    });
    const result = await withAccessToken(
      {
        key: tokenCacheKey(
          "dynamics",
          config.loginUrl,
          config.tenantId,
          config.clientId,
          config.clientSecret,
          config.instanceUrl,
        ),
        party: "Microsoft Entra ID (sign-in)",
        request: tokenRequest,
      },
      ctx,
      secrets,
      (token) => httpCall(ctx, leadRequest(token)),
      (exchange) => exchange.status === 401,
    );
    if ("failed" in result) return result.failed;
    const { exchange } = result;
    const draft = judgeExchange(exchange, {
      party: "Dynamics 365",
      request: recordRequest(exchange.request),
      timeoutMs: ctx.timeoutMs,
      explain: explainDynamicsError,
      success: (ex) => {
        // OData-EntityId: https://org.crm.dynamics.com/api/data/v9.2/leads(<guid>)
        const entityUrl = ex.headers?.get("odata-entityid") ?? null;
        const remoteId = entityUrl?.match(/\(([^)]+)\)\s*$/)?.[1] ?? null;
        return {
          remoteId,
          verdict: `Dynamics 365 created the lead (HTTP ${ex.status})${remoteId ? `, id ${remoteId}` : ""}.`,
        };
      },
    });
    return { ...draft, mapped: mapped.fields };
  },
});
