// What a hardening server needs in its database before it starts: the
// schema, a webhook key, and one enabled HTTPS destination that takes every
// lead (tests and do-not-contact included), so each lead queues one delivery.
import { migrate } from "@/lib/db/migrate";
import { saveDestination } from "@/lib/destinations/save-destination";
import { createWebhookKey } from "@/lib/webhook-keys/create-key";
import type { ScratchDatabase } from "./scratch-database";

export async function prepareLeadDesk(
  db: ScratchDatabase,
  destinationUrl: string,
): Promise<{ webhookKey: string; webhookKeyId: string }> {
  // The receiver is on loopback, which the SSRF guard refuses unless allowed (the server is told the same).
  process.env.OUTBOUND_ALLOW_HOSTS = new URL(destinationUrl).host;
  return db.use(async () => {
    await migrate();
    const key = await createWebhookKey("Hardening");
    await saveDestination({
      kind: "HTTPS",
      name: "Hardening receiver",
      enabled: true,
      sources: [],
      actions: [],
      stages: [],
      includeTest: true,
      includeDoNotContact: true,
      config: { url: destinationUrl },
    });
    return { webhookKey: key.key, webhookKeyId: key.id };
  });
}
