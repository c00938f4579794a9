// Sending one lead through a destination's adapter, for the outbox worker
// (lib/delivery) and the settings page's "Send test lead" alike. Bad settings
// or unreadable secrets come back as a failed outcome with a readable verdict,
// never as an exception, so both callers log them as an attempt.
import { randomUUID } from "node:crypto";
import { getAdapter, parseDestinationConfig } from "@/lib/destinations/registry";
import { fromStoredConfig, type StoredRow } from "@/lib/destinations/stored-config";
import { buildTestLead } from "@/lib/destinations/test-lead";
import type { DeliveryOutcome, DestinationKind, SendContext } from "@/lib/destinations/types";
import { english } from "@/lib/i18n/translator";
import { localizeIssues } from "@/lib/i18n/validation";
import type { LeadForDelivery } from "@/lib/leads/lead";
import { guardedFetch } from "@/lib/security/guarded-fetch";

/** Per outbound request. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Production defaults for a send: the SSRF-guarded fetch and the default deadline. */
export function createSendContext(overrides: Partial<SendContext> = {}): SendContext {
  const defaults = { fetch: guardedFetch, deliveryId: randomUUID(), timeoutMs: DEFAULT_TIMEOUT_MS, now: new Date() };
  return { ...defaults, ...overrides };
}

/** A failure found before anything was sent. */
function notSent(verdict: string, error: string, retryable: boolean): DeliveryOutcome {
  return {
    ok: false,
    retryable,
    httpStatus: null,
    latencyMs: 0,
    request: { method: "", url: "", headers: {}, body: null },
    responseExcerpt: "",
    verdict,
    error,
  };
}

/** A destination's settings, opened for sending, or the failed outcome that explains why they cannot be. */
export function openDestinationConfig(
  row: StoredRow,
): { config: Record<string, unknown> } | { failed: DeliveryOutcome } {
  try {
    return { config: fromStoredConfig(row) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const verdict =
      `Not sent: the destination's stored secrets could not be read (${message}) ` +
      "Re-enter them in the destination settings.";
    // The key may be put back (ENCRYPTION_KEY, the data folder's key file): worth retrying.
    return { failed: notSent(verdict, "stored secrets unreadable", true) };
  }
}

/** Validates the (decrypted) config, then hands the lead to the kind's adapter. */
export async function sendLead(
  kind: DestinationKind,
  lead: LeadForDelivery,
  config: unknown,
  ctx: Partial<SendContext> = {},
): Promise<DeliveryOutcome> {
  const adapter = getAdapter(kind);
  const parsed = parseDestinationConfig(kind, config);
  if (!parsed.ok) {
    // The delivery log is English, as every log is.
    const { formErrors, fieldErrors } = localizeIssues(parsed.issues, english);
    const fieldProblems = Object.entries(fieldErrors).map(([f, m]) => `${f}: ${m.join(", ")}`);
    const problems = [...formErrors, ...fieldProblems].join("; ");
    const verdict = `Not sent: the ${adapter.label} settings are incomplete or invalid (${problems}).`;
    return notSent(verdict, "invalid destination config", false);
  }
  return adapter.send(lead, parsed.config, createSendContext(ctx));
}

/** A marketplace-style test lead, sent now. */
export function sendTestLead(
  kind: DestinationKind,
  config: unknown,
  ctx: Partial<SendContext> = {},
): Promise<DeliveryOutcome> {
  return sendLead(kind, buildTestLead(ctx.now), config, { deliveryId: `test-${Date.now()}`, ...ctx });
}
