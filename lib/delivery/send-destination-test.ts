// "Send test lead" for a saved destination: a marketplace-style test lead
// sent now with the stored settings, logged as a test attempt.
import { getDb } from "@/lib/db";
import { recordAttempt } from "@/lib/delivery/record-attempt";
import { openDestinationConfig, sendTestLead } from "@/lib/destinations/send";
import { recordLink } from "@/lib/destinations/registry";
import type { DeliveryOutcome, RecordLink, SendContext } from "@/lib/destinations/types";
import { NotFoundError } from "@/lib/errors";

export async function sendDestinationTest(
  id: string,
  ctx: Partial<SendContext> = {},
): Promise<DeliveryOutcome & { record: RecordLink | null }> {
  const db = await getDb();
  const destination = await db.destination.findUnique({ where: { id } });
  if (!destination) throw new NotFoundError("destinationGone");
  const startedAt = new Date();
  const opened = openDestinationConfig(destination);
  const outcome =
    "failed" in opened
      ? opened.failed
      : await sendTestLead(destination.kind, opened.config, { now: startedAt, ...ctx });
  await recordAttempt(db, { destinationId: id, deliveryId: null, test: true, startedAt }, outcome);
  const record = outcome.ok ? recordLink(destination.kind, destination.config, outcome.remoteId ?? null) : null;
  return { ...outcome, record };
}
