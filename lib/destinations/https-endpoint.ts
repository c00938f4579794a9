// A plain HTTPS webhook: the marketplace's own JSON shape (so receivers built
// for Microsoft's format work unchanged) plus LeadId, optionally signed.
import { z } from "zod";
import { errorKey } from "@/lib/i18n/validation";
import { defineAdapter } from "@/lib/destinations/define-adapter";
import { fieldMeta, httpUrl } from "@/lib/destinations/form-fields";
import { signPayload } from "@/lib/destinations/https-signature";
import { httpCall, recordRequest } from "@/lib/destinations/http-call";
import { judgeExchange } from "@/lib/destinations/judge-exchange";
import { leadSourceString, marketplaceUserDetails } from "@/lib/destinations/lead-text";

const reservedHeaders = new Set([
  "content-type",
  "content-length",
  "host",
  "x-leaddesk-delivery",
  "x-leaddesk-timestamp",
  "x-leaddesk-signature",
]);

export const httpsConfigSchema = z.object({
  url: httpUrl().register(fieldMeta, {
    target: "origin",
    label: "Endpoint URL",
    hint:
      "The address that receives a POST per lead. " +
      "Put a secret token in the path or query if the receiver has no other authentication.",
    placeholder: "https://example.com/hooks/leads",
    input: "url",
  }),
  headers: z
    .record(
      z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, errorKey("headerName")),
      z.string().regex(/^[^\r\n]*$/, errorKey("headerValue")),
    )
    .refine((h) => Object.keys(h).every((k) => !reservedHeaders.has(k.toLowerCase())), errorKey("headerReserved"))
    .default({})
    .register(fieldMeta, {
      label: "Extra headers (optional)",
      hint: "For example Authorization: Bearer … or x-api-key. Values are treated as secrets.",
      secret: true,
      input: "headers",
    }),
  signingSecret: z.string().min(16).optional().register(fieldMeta, {
    label: "Signing secret (optional)",
    hint: 'When set, each request carries X-LeadDesk-Signature: sha256=HMAC-SHA256(secret, "<timestamp>.<body>").',
    secret: true,
  }),
});
export type HttpsConfig = z.output<typeof httpsConfigSchema>;

export const httpsAdapter = defineAdapter({
  kind: "HTTPS",
  label: "HTTPS endpoint",
  description: "POSTs the lead as JSON (the marketplace's format plus LeadId) to any URL, optionally HMAC-signed.",
  configSchema: httpsConfigSchema,
  async send(lead, config, ctx) {
    const body = JSON.stringify({
      LeadId: lead.id,
      UserDetails: marketplaceUserDetails(lead.customer),
      LeadSource: leadSourceString(lead),
      ActionCode: lead.action ?? "",
      OfferTitle: lead.offerTitle ?? "",
      Description: lead.description ?? "",
    });
    const timestamp = String(Math.floor(ctx.now.getTime() / 1000));
    const request = {
      method: "POST",
      url: config.url,
      headers: {
        ...config.headers,
        "Content-Type": "application/json",
        "X-LeadDesk-Delivery": ctx.deliveryId,
        "X-LeadDesk-Timestamp": timestamp,
        ...(config.signingSecret ? { "X-LeadDesk-Signature": signPayload(config.signingSecret, timestamp, body) } : {}),
      },
      body,
    };
    const exchange = await httpCall(ctx, request);
    return judgeExchange(exchange, {
      party: "The endpoint",
      request: recordRequest(request, Object.keys(config.headers)),
      timeoutMs: ctx.timeoutMs,
    });
  },
});
