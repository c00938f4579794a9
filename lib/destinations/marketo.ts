// Marketo through its REST API (Microsoft's form-post connector broke after a
// Marketo platform change). Marketo answers HTTP 200 for almost everything;
// the real result is in the body: `success`, `errors[].code`, `result[].status`.
import { z } from "zod";
import { defineAdapter } from "@/lib/destinations/define-adapter";
import { baseUrl, fieldMeta } from "@/lib/destinations/form-fields";
import { httpCall, type HttpExchange } from "@/lib/destinations/http-call";
import { judgeExchange, type OutcomeDraft } from "@/lib/destinations/judge-exchange";
import { compact, leadSourceString } from "@/lib/destinations/lead-text";
import { recordRequest } from "@/lib/destinations/recorded-request";
import { tokenCacheKey, withAccessToken } from "@/lib/destinations/token-cache";

export const marketoConfigSchema = z.object({
  munchkinId: z
    .string()
    .trim()
    .regex(/^\d{3}-[A-Za-z]{3}-\d{3}$/, "A Munchkin ID looks like 123-ABC-456.")
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
  serverId: z.string().trim().optional().register(fieldMeta, {
    label: "Server ID (optional)",
    hint: "For reference only: the form embed code's host, e.g. app-ys12.marketo.com → ys12.",
  }),
  formId: z.string().trim().optional().register(fieldMeta, {
    label: "Form ID (optional)",
    hint: "For reference only: the number in the form embed code, e.g. 1179.",
  }),
  baseUrl: baseUrl().optional().register(fieldMeta, {
    target: "origin",
    label: "REST API host (optional)",
    hint: "Admin → Integration → Web Services → REST API → Endpoint without /rest. Defaults to https://<Munchkin ID>.mktorest.com.",
    input: "url",
  }),
});
export type MarketoConfig = z.output<typeof marketoConfigSchema>;

interface MarketoBody {
  success?: boolean;
  errors?: { code?: string | number; message?: string }[];
  result?: { id?: number | string; status?: string; reasons?: { code?: string | number; message?: string }[] }[];
}

const TOKEN_ERRORS = new Set(["601", "602"]);
// Rate limit, daily quota, concurrency, timeouts and Marketo-side outages.
const RETRYABLE_ERRORS = new Set(["602", "601", "604", "606", "607", "608", "611", "614", "615", "713", "1029"]);

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
  if (!body) return { ...draft, ok: false, retryable: true, verdict: "Marketo answered 200 but not with JSON; the lead will be retried.", error: "unreadable response" };
  if (body.success === false) {
    const error = body.errors?.[0];
    const code = String(error?.code ?? "");
    const retryable = RETRYABLE_ERRORS.has(code);
    const why = `Marketo error ${code}: ${error?.message ?? "no message"}`;
    return {
      ...draft,
      ok: false,
      retryable,
      verdict: retryable ? `${why}. A temporary condition (limits or load): the lead will be retried.` : `${why}. Retrying will not help; check the API user's permissions and field names.`,
      error: why,
    };
  }
  const record = body.result?.[0];
  if (record?.status === "created" || record?.status === "updated") {
    const remoteId = record.id !== undefined ? String(record.id) : null;
    return { ...draft, remoteId, verdict: `Marketo ${record.status} the lead${remoteId ? ` (id ${remoteId})` : ""}.` };
  }
  const reasons = (record?.reasons ?? []).map((r) => `${r.message ?? "no reason given"}${r.code ? ` (${r.code})` : ""}`).join("; ");
  const why = `Marketo ${record?.status ?? "did not report a status for"} the lead${reasons ? `: ${reasons}` : ""}`;
  return { ...draft, ok: false, retryable: false, verdict: `${why}. Retrying will not help; fix the cause in Marketo and replay the lead.`, error: why };
}

export const marketoAdapter = defineAdapter({
  kind: "MARKETO",
  label: "Marketo",
  description: "Creates or updates the lead (matched by e-mail) through the Marketo REST API.",
  configSchema: marketoConfigSchema,
  async send(lead, config, ctx, secrets) {
    const base = config.baseUrl ?? `https://${config.munchkinId}.mktorest.com`;
    const query = new URLSearchParams({ grant_type: "client_credentials", client_id: config.clientId, client_secret: config.clientSecret });
    const c = lead.customer;
    const body = JSON.stringify({
      action: "createOrUpdate",
      lookupField: "email",
      input: [
        compact({
          firstName: c.firstName,
          lastName: c.lastName,
          email: c.email,
          phone: c.phone,
          country: c.country,
          company: c.company,
          title: c.title,
          leadSource: leadSourceString(lead),
        }),
      ],
    });
    const result = await withAccessToken(
      {
        key: tokenCacheKey("marketo", base, config.clientId, config.clientSecret),
        party: "Marketo identity service (sign-in)",
        request: { method: "GET", url: `${base}/identity/oauth/token?${query}`, headers: { Accept: "application/json" } },
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
      (exchange) => exchange.status === 200 && errorCodes(parseBody(exchange.text)).some((code) => TOKEN_ERRORS.has(code)),
    );
    if ("failed" in result) return result.failed;
    const { exchange } = result;
    const draft = judgeExchange(exchange, { party: "Marketo", request: recordRequest(exchange.request), timeoutMs: ctx.timeoutMs });
    return judgeLeadResponse(draft, exchange);
  },
});
