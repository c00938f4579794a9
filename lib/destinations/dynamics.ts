// Dynamics 365 / Dataverse: an Entra ID app (client credentials) creates a
// record in the standard `lead` table through the Web API.
import { z } from "zod";
import { defineAdapter } from "@/lib/destinations/define-adapter";
import { baseUrl, fieldMeta } from "@/lib/destinations/form-fields";
import { httpCall } from "@/lib/destinations/http-call";
import { judgeExchange } from "@/lib/destinations/judge-exchange";
import { compact, descriptionText, subjectLine } from "@/lib/destinations/lead-text";
import { recordRequest } from "@/lib/destinations/recorded-request";
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
  clientId: z.string().trim().min(1).register(fieldMeta, {
    label: "Application (client) ID",
    hint: "Same Overview page → Application (client) ID. The app must be an application user in the environment with a role that can create leads.",
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
});
export type DynamicsConfig = z.output<typeof dynamicsConfigSchema>;

export const dynamicsAdapter = defineAdapter({
  kind: "DYNAMICS",
  label: "Dynamics 365",
  description: "Creates a lead in Dynamics 365 Sales (Dataverse) through the Web API.",
  configSchema: dynamicsConfigSchema,
  async send(lead, config, ctx, secrets) {
    const c = lead.customer;
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
    const body = JSON.stringify(
      compact({
        firstname: c.firstName,
        lastname: c.lastName,
        emailaddress1: c.email,
        telephone1: c.phone,
        address1_country: c.country,
        companyname: c.company,
        jobtitle: c.title,
        subject: subjectLine(lead),
        description: descriptionText(lead),
      }),
    );
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
        key: tokenCacheKey("dynamics", config.loginUrl, config.tenantId, config.clientId, config.clientSecret, config.instanceUrl),
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
    return judgeExchange(exchange, {
      party: "Dynamics 365",
      request: recordRequest(exchange.request),
      timeoutMs: ctx.timeoutMs,
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
  },
});
