// Marketo through its REST API (Microsoft's form-post connector broke after a
// Marketo platform change). Marketo answers HTTP 200 for almost everything;
// the real result is in the body: `success`, `errors[].code`, `result[].status`.
import { z } from "zod";
import { errorKey } from "@/lib/i18n/validation";
import { defineAdapter } from "@/lib/destinations/define-adapter";
import { baseUrl, fieldMeta } from "@/lib/destinations/form-fields";
import { httpCall, type HttpExchange, recordRequest } from "@/lib/destinations/http-call";
import { failedVerdict, judgeExchange, type OutcomeDraft } from "@/lib/destinations/judge-exchange";
import { fieldMapping, mapLead } from "@/lib/destinations/field-mapping";
import { explainMarketoError, type MarketoCode } from "@/lib/destinations/marketo-error";
import { tokenCacheKey, withAccessToken } from "@/lib/destinations/token-cache";

export const marketoConfigSchema = z.object({
  munchkinId: z
    .string()
    .trim()
    .regex(/^\d{3}-[A-Za-z]{3}-\d{3}$/, errorKey("munchkinId"))
    .register(fieldMeta, {
      target: "value",
      label: "Munchkin ID",
      hint: "Marketo Admin → Integration → Munchkin → Munchkin Account ID (also in the form embed code).",
      placeholder: "123-ABC-456",
    }),
  clientId: z.string().trim().min(1).register(fieldMeta, {
    label: "Client ID",
    hint: "Admin → Integration → LaunchPoint → your API-only service → View Details.",
  }),
  clientSecret: z.string().min(1).register(fieldMeta, {
    label: "Client secret",
    hint: "Same LaunchPoint details dialog. The API user's role needs Read-Write Lead.",
    secret: true,
  }),
  serverId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]+$/, errorKey("marketoSubdomain"))
    .optional()
    .register(fieldMeta, {
      label: "Server ID (optional)",
      hint: "For the Open in Marketo link: the form embed code's host, e.g. app-ys12.marketo.com → ys12.",
    }),
  formId: z.string().trim().optional().register(fieldMeta, {
    label: "Form ID (optional)",
    hint: "For reference only: the number in the form embed code, e.g. 1179.",
  }),
  baseUrl: baseUrl()
    .optional()
    .register(fieldMeta, {
      target: "origin",
      label: "REST API host (optional)",
      hint:
        "Admin → Integration → Web Services → REST API → Endpoint without /rest. " +
        "Defaults to https://<Munchkin ID>.mktorest.com.",
      input: "url",
    }),
  fieldMap: fieldMapping({
    defaults: {
      firstName: "firstName",
      lastName: "lastName",
      email: "email",
      phone: "phone",
      country: "country",
      company: "company",
      title: "title",
      leadSource: "leadSource",
    },
    crmName: /^[A-Za-z][A-Za-z0-9_]*$/,
    crmNameHint: "its REST API name, e.g. offerId__c",
    // Leads are matched on e-mail (lookupField).
    required: ["email"],
    crmLabel: "Marketo",
  }),
});
export type MarketoConfig = z.output<typeof marketoConfigSchema>;

interface MarketoBody {
  success?: boolean;
  errors?: MarketoCode[];
  result?: { id?: number | string; status?: string; reasons?: MarketoCode[] }[];
}

const TOKEN_ERRORS = new Set(["601", "602"]);

function parseBody(text: string): MarketoBody | null {
  try {
    return JSON.parse(text) as MarketoBody;
  } catch {
    return null;
  }
}

const errorCodes = (body: MarketoBody | null) => (body?.errors ?? []).map((e) => String(e.code ?? ""));

function judgeLeadResponse(draft: OutcomeDraft, exchange: HttpExchange): OutcomeDraft {
  if (!draft.ok) return draft;
  const body = parseBody(exchange.text);
  if (!body)
    return {
      ...draft,
      ok: false,
      retryable: true,
      verdict: "Marketo answered 200 but not with JSON; the lead will be retried.",
      error: "unreadable response",
    };
  if (body.success === false) {
    const error = explainMarketoError(body.errors?.[0]);
    return { ...draft, ok: false, ...failedVerdict("Marketo", draft.httpStatus, error, error.retryable ?? false) };
  }
  const record = body.result?.[0];
  if (record?.status === "created" || record?.status === "updated") {
    const remoteId = record.id !== undefined ? String(record.id) : null;
    return { ...draft, remoteId, verdict: `Marketo ${record.status} the lead${remoteId ? ` (id ${remoteId})` : ""}.` };
  }
  // A record-level refusal ("skipped"): the first reason says why.
  const reason = record?.reasons?.[0] ?? {
    message: `Marketo ${record?.status ?? "gave no status for"} the lead without a reason`,
  };
  const error = explainMarketoError(reason);
  return { ...draft, ok: false, ...failedVerdict("Marketo", draft.httpStatus, error, false) };
}

export const marketoAdapter = defineAdapter({
  kind: "MARKETO",
  label: "Marketo",
  description: "Creates or updates the lead (matched by e-mail) through the Marketo REST API.",
  configSchema: marketoConfigSchema,
  recordLink(config, id) {
    const { serverId } = config;
    const server = typeof serverId === "string" && /^[A-Za-z0-9-]+$/.test(serverId) ? serverId : null;
    const detail = `leadDatabase/loadLeadDetail?leadId=${encodeURIComponent(id)}`;
    const url = server && `https://app-${server}.marketo.com/${detail}`;
    return { label: "Open in Marketo", url };
  },
  async send(lead, config, ctx, secrets) {
    const base = config.baseUrl ?? `https://${config.munchkinId}.mktorest.com`;
    const query = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: config.clientId,
      client_secret: config.clientSecret,
    });
    const mapped = mapLead(lead, config.fieldMap);
    const body = JSON.stringify({ action: "createOrUpdate", lookupField: "email", input: [mapped.values] });
    const result = await withAccessToken(
      {
        key: tokenCacheKey("marketo", base, config.clientId, config.clientSecret),
        party: "Marketo identity service (sign-in)",
        request: {
          method: "GET",
          url: `${base}/identity/oauth/token?${query}`,
          headers: { Accept: "application/json" },
        },
      },
      ctx,
      secrets,
      (token) =>
        httpCall(ctx, {
          method: "POST",
          url: `${base}/rest/v1/leads.json`,
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", Accept: "application/json" },
          body,
        }),
      (exchange) =>
        exchange.status === 200 && errorCodes(parseBody(exchange.text)).some((code) => TOKEN_ERRORS.has(code)),
    );
    if ("failed" in result) return result.failed;
    const { exchange } = result;
    const draft = judgeExchange(exchange, {
      party: "Marketo",
      request: recordRequest(exchange.request),
      timeoutMs: ctx.timeoutMs,
    });
    return { ...judgeLeadResponse(draft, exchange), mapped: mapped.fields };
  },
});
