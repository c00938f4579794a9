// The settings page's "Send test lead" button.
import { buildTestLead } from "@/lib/destinations/test-lead";
import { sendLead } from "@/lib/destinations/send-lead";
import type { DeliveryOutcome, DestinationKind, SendContext } from "@/lib/destinations/types";

export function sendTestLead(kind: DestinationKind, config: unknown, ctx: Partial<SendContext> = {}): Promise<DeliveryOutcome> {
  return sendLead(kind, buildTestLead(ctx.now), config, { deliveryId: `test-${Date.now()}`, ...ctx });
}
