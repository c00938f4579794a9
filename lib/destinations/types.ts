// The one contract every CRM adapter implements, and what a delivery attempt
// leaves behind for the delivery log.
import type { z } from "zod";
import type { LeadForDelivery } from "@/lib/leads/lead";
import type { OutboundFetch } from "@/lib/security/guarded-fetch";
import type { MappedField } from "@/lib/destinations/field-mapping";
import type { FieldHint } from "@/lib/destinations/form-fields";

import { DestinationKind } from "@/lib/generated/prisma/enums";

export { DestinationKind };
/** The schema's enum, in its order (the registry has one adapter for each). */
export const destinationKinds = Object.values(DestinationKind);

export interface SendContext {
  /** SSRF-guarded by default; tests may pass another. */
  fetch: OutboundFetch;
  /** Sent to receivers that can use it (HTTPS endpoint) for idempotency. */
  deliveryId: string;
  /** Per HTTP request. */
  timeoutMs: number;
  /** "Now" for timestamps, signatures and token expiry. */
  now: Date;
}

/** The request as shown in the delivery log: secrets already masked. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface DeliveryOutcome {
  ok: boolean;
  /** Only meaningful when !ok: worth another attempt later. */
  retryable: boolean;
  httpStatus: number | null;
  /** The whole send, including any token request. */
  latencyMs: number;
  /** Retry-After as the server sent it (429/503). */
  retryAfter?: string | null;
  request: RecordedRequest;
  /** At most 2 KB of the response body. */
  responseExcerpt: string;
  /** What happened, in plain words, for an admin. */
  verdict: string;
  error?: string;
  /** What the field mapping sent (kinds with a mapping), shown with a test lead's result. */
  mapped?: MappedField[];
  /** The record id in the CRM when it tells us (Dataverse, Salesforce or Marketo lead id, Azure keys). */
  remoteId?: string | null;
}

/** Where the record a CRM created can be opened: a link, or (url null) only the id to look up. */
export interface RecordLink {
  /** "Open in Dynamics", "Open in Salesforce" … */
  label: string;
  url: string | null;
}

export interface DestinationAdapter<C = unknown> {
  kind: DestinationKind;
  label: string;
  /** One sentence for the settings page. */
  description: string;
  configSchema: z.ZodType<C>;
  /** Form description derived from the schema: labels, hints, which fields are secrets. */
  fields: FieldHint[];
  /** Names of config fields holding secrets (encrypt at rest, never echo back). */
  secretFields: readonly string[];
  /** Never throws: every failure is an outcome. */
  send(lead: LeadForDelivery, config: C, ctx: SendContext): Promise<DeliveryOutcome>;
  /** The CRM record behind a remote id, from the non-secret settings (base URLs); null when the kind returns no id. */
  recordLink(config: Record<string, unknown>, remoteId: string): RecordLink | null;
}
