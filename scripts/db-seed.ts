// npm run db:seed [-- --leads 400] — fills the configured database with demo
// data: a sales user and an admin to sign in as, a webhook key, and realistic
// marketplace leads over the last 30 days, stored through the real ingestion
// path (receipt → parse → dedupe → assignment → lead), some of them already
// triaged. The demo assignment rule rotates new leads over the demo sales users.
import { connect, describeDatabase, disconnect, getDb } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { demoCustomer, demoLeadBody } from "@/lib/demo/demo-leads";
import { seededRandom } from "@/lib/demo/random";
import { saveRule } from "@/lib/assignment/save-rule";
import { processReceipt } from "@/lib/ingest/process-receipt";
import { recordReceipt } from "@/lib/ingest/record-receipt";
import type { LeadStatus } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/create-user";
import { createWebhookKey } from "@/lib/webhook-keys/create-key";
import { parseArgs, UsageError } from "./lib/args";
import { runScript } from "./run-script";

const demoPassword = "leaddesk-demo";
const demoRule = "Demo round-robin";
const day = 24 * 3600_000;

await runScript(async () => {
  const args = parseArgs(process.argv.slice(2));
  const count = Number(args.leads ?? 400);
  if (!Number.isInteger(count) || count < 0 || count > 100_000)
    throw new UsageError("--leads takes a whole number up to 100000.");
  const { config } = await connect();
  await migrate();
  const db = await getDb();

  const users = [];
  for (const [email, name, role] of [
    ["sales@demo.leaddesk.local", "Sasha Sales", "SALES"],
    ["sam@demo.leaddesk.local", "Sam Seller", "SALES"],
    ["admin@demo.leaddesk.local", "Ada Admin", "ADMIN"],
  ] as const) {
    const existing = await db.user.findUnique({ where: { email } });
    users.push(existing ?? (await createUser({ email, name, role, password: demoPassword })).user);
    if (!existing) console.log(`Demo ${role === "ADMIN" ? "admin" : "sales user"}: ${email} / ${demoPassword}`);
  }

  if (!(await db.assignmentRule.findFirst({ where: { name: demoRule } }))) {
    const sales = users.filter((u) => u.role === "SALES").map((u) => u.id);
    const input = {
      name: demoRule,
      sources: [],
      actions: [],
      offers: [],
      countries: [],
      stages: [],
      businessHours: null,
    };
    await saveRule({ ...input, mode: "ROUND_ROBIN", userId: null, memberIds: sales, targetMinutes: 4 * 60 });
    console.log(
      `Assignment rule "${demoRule}": every lead, round-robin over the demo sales users, answered within 4 h.`,
    );
  }

  const key = await createWebhookKey("Demo seed");
  const random = seededRandom((await db.lead.count()) + 1);
  const customers = Array.from({ length: Math.max(1, Math.ceil(count * 0.7)) }, (_, i) =>
    demoCustomer(random, i + (Date.now() % 100000)),
  );
  const now = Date.now();
  const statuses: LeadStatus[] = ["NEW", "NEW", "NEW", "CONTACTED", "QUALIFIED", "WON", "LOST"];
  let stored = 0;
  for (let i = 0; i < count; i++) {
    // Older leads first, so duplicates link to the earliest of a customer's visits.
    const receivedAt = new Date(now - 30 * day + (i / Math.max(1, count)) * 30 * day);
    const body = Buffer.from(
      JSON.stringify(demoLeadBody(random, random.pick(customers), { test: random.chance(0.01) })),
    );
    const receipt = await recordReceipt({
      body: { bytes: body, size: body.length, truncated: false },
      contentType: "application/json",
      clientAddress: "seed",
      webhookKeyId: key.id,
      receivedAt,
    });
    const result = await processReceipt({ ...receipt, body, contentType: "application/json", truncated: false });
    if (!result.ok || result.status === "retry") continue;
    stored += 1;
    const status = result.lead.doNotContact ? "NEW" : random.pick(statuses);
    if (status !== "NEW" || random.chance(0.4)) {
      await db.lead.update({ where: { id: result.leadId }, data: { status, ownerId: random.pick(users).id } });
    }
  }
  console.log(`Seeded ${stored} leads into ${describeDatabase(config)}.`);
  await disconnect();
});
