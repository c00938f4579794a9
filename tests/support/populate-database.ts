// Fills the current database (lib/db's connection) with a bit of every kind
// of row, through the real services: users, webhook keys (one revoked),
// receipts (one failed), leads with a duplicate and a retry, notes and triage
// activity, an HTTPS destination with sealed secrets, deliveries and attempts.
import { getDb } from "@/lib/db";
import { addLeadNote, triageLead } from "@/lib/leads/triage-lead";
import { revokeWebhookKey } from "@/lib/webhook-keys/revoke-key";
import { createDestination, drain, marketplaceBody, postLead } from "./delivery";
import { startFakeHttpsReceiver } from "./fake-crm/fake-https-receiver";
import { seedUser } from "./leads";
import { newKey, post } from "./webhook";

export async function populateDatabase(): Promise<void> {
  const saved = process.env.OUTBOUND_ALLOW_HOSTS;
  process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
  const receiver = await startFakeHttpsReceiver({ signingSecret: "backup-signing-secret-0123" });
  try {
    const admin = await seedUser("ADMIN");
    const sales = await seedUser("SALES");
    await createDestination("HTTPS", {
      url: `${receiver.url}/hook`,
      headers: { "X-Api-Key": "backup-header-secret" },
      signingSecret: "backup-signing-secret-0123",
    });

    const first = await postLead();
    const body = marketplaceBody();
    const { key } = await newKey("backup");
    const original = await post(key, body);
    const retry = await post(key, body);
    const duplicate = await post(key, { ...body, Description: "second visit" });
    const failed = await post(key, "{ not json", { contentType: "application/json" });
    if ([original.status, retry.status, duplicate.status, failed.status].join() !== "201,200,200,400") {
      throw new Error(
        `Unexpected answers while populating: ${original.status} ${retry.status} ${duplicate.status} ${failed.status}`,
      );
    }
    await revokeWebhookKey((await newKey("revoked")).id);

    await triageLead(first, { kind: "status", status: "CONTACTED" }, sales);
    await triageLead(first, { kind: "owner", ownerId: sales.id }, admin);
    await addLeadNote(String(original.json.id), "Called — wants a demo in März; ünïcode ✓", sales);
    await drain();
    const attempts = await (await getDb()).deliveryAttempt.count();
    if (attempts < 2) throw new Error(`Expected delivery attempts while populating, found ${attempts}.`);
  } finally {
    await receiver.close();
    if (saved === undefined) delete process.env.OUTBOUND_ALLOW_HOSTS;
    else process.env.OUTBOUND_ALLOW_HOSTS = saved;
  }
}
