// What the delivery worker calls: validate the (decrypted) stored config,
// then hand the lead to the kind's adapter. Bad settings are a permanent
// failure with a readable verdict, not an exception.
import type { LeadForDelivery } from "@/lib/leads/lead";
import { getAdapter, parseDestinationConfig } from "@/lib/destinations/registry";
import { createSendContext } from "@/lib/destinations/send-context";
import type { DeliveryOutcome, DestinationKind, SendContext } from "@/lib/destinations/types";

export async function sendLead(
  kind: DestinationKind,
  lead: LeadForDelivery,
  config: unknown,
  ctx: Partial<SendContext> = {},
): Promise<DeliveryOutcome> {
  const adapter = getAdapter(kind);
  const parsed = parseDestinationConfig(kind, config);
  if (!parsed.ok) {
    const problems = [...parsed.formErrors, ...Object.entries(parsed.fieldErrors).map(([f, m]) => `${f}: ${m.join(", ")}`)];
    return {
      ok: false,
      retryable: false,
      httpStatus: null,
      latencyMs: 0,
      request: { method: "", url: "", headers: {}, body: null },
      responseExcerpt: "",
      verdict: `Not sent: the ${adapter.label} settings are incomplete or invalid (${problems.join("; ")}).`,
      error: "invalid destination config",
    };
  }
  return adapter.send(lead, parsed.config, createSendContext(ctx));
}
