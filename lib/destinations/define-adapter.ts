// Wraps an adapter's raw send with the guarantees every adapter owes the
// delivery worker: it never throws, it measures the whole send, the response
// excerpt is capped at 2 KB, and no registered secret survives in the outcome.
import { z } from "zod";
import type { LeadForDelivery } from "@/lib/leads/lead";
import { describeFields, secretFieldNames } from "@/lib/destinations/form-fields";
import type { OutcomeDraft } from "@/lib/destinations/judge-exchange";
import { SecretScrubber } from "@/lib/destinations/secret-scrubber";
import type {
  DeliveryOutcome,
  DestinationAdapter,
  DestinationKind,
  RecordLink,
  SendContext,
} from "@/lib/destinations/types";

const EXCERPT_BYTES = 2048;

export interface AdapterDefinition<K extends DestinationKind, S extends z.ZodObject> {
  kind: K;
  label: string;
  description: string;
  configSchema: S;
  /**
   * The wire work. Config secrets are already registered with `secrets`;
   * register anything else secret (tokens) as soon as it is known.
   */
  send(lead: LeadForDelivery, config: z.output<S>, ctx: SendContext, secrets: SecretScrubber): Promise<OutcomeDraft>;
  /** For kinds whose CRM returns a record id: the link to it (see record-link.ts). */
  recordLink?(config: Record<string, unknown>, remoteId: string): RecordLink | null;
}

export function defineAdapter<K extends DestinationKind, S extends z.ZodObject>(
  def: AdapterDefinition<K, S>,
): DestinationAdapter<z.output<S>> & { kind: K } {
  const fields = describeFields(def.configSchema);
  const secretFields = secretFieldNames(fields);
  return {
    kind: def.kind,
    label: def.label,
    description: def.description,
    configSchema: def.configSchema as unknown as z.ZodType<z.output<S>>,
    fields,
    secretFields,
    recordLink: (config, remoteId) => def.recordLink?.(config, remoteId) ?? null,
    async send(lead, config, ctx) {
      const started = performance.now();
      const secrets = new SecretScrubber();
      for (const name of secretFields) {
        const value = (config as Record<string, unknown>)[name];
        if (typeof value === "string") secrets.add(value);
        else if (value && typeof value === "object") secrets.add(...Object.values(value).map(String));
      }
      let draft: OutcomeDraft;
      try {
        draft = await def.send(lead, config, ctx, secrets);
      } catch (error) {
        // A bug or an SDK surprise must still leave a readable log entry.
        const message = error instanceof Error ? error.message : String(error);
        draft = {
          ok: false,
          retryable: true,
          httpStatus: null,
          request: { method: "", url: "", headers: {}, body: null },
          responseExcerpt: "",
          verdict: `Unexpected error while sending to ${def.label}: ${message}. The lead will be retried.`,
          error: message,
        };
      }
      return finish(draft, Math.round(performance.now() - started), secrets);
    },
  };
}

function finish(draft: OutcomeDraft, latencyMs: number, secrets: SecretScrubber): DeliveryOutcome {
  const s = (text: string) => secrets.scrub(text);
  const headers = Object.fromEntries(Object.entries(draft.request.headers).map(([k, v]) => [k, s(v)]));
  return {
    ...draft,
    latencyMs,
    request: {
      ...draft.request,
      url: s(draft.request.url),
      headers,
      body: draft.request.body === null ? null : s(draft.request.body),
    },
    responseExcerpt: truncateUtf8(s(draft.responseExcerpt), EXCERPT_BYTES),
    verdict: s(draft.verdict),
    ...(draft.error !== undefined ? { error: s(draft.error) } : {}),
  };
}

/** Cut to at most `bytes` UTF-8 bytes without splitting a character. */
export function truncateUtf8(text: string, bytes: number): string {
  const buf = Buffer.from(text, "utf8");
  if (buf.length <= bytes) return text;
  return buf
    .subarray(0, bytes)
    .toString("utf8")
    .replace(/\uFFFD$/, "");
}
