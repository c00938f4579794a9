// Serves the production build for the end-to-end suite on a fresh embedded
// database in a temporary folder, seeded with an admin, a sales user, an admin
// to deactivate, and planted secrets (see support/planted.ts).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createChannel, setChannelEnabled } from "@/lib/alerts/channels";
import { ensureBuild } from "@/lib/server/ensure-build";
import { serve } from "@/lib/server/serve";
import { connect, disconnect, getDb } from "@/lib/db";
import { prepareDatabase } from "@/lib/startup/prepare-database";
import { saveDestination } from "@/lib/destinations/save-destination";
import { createUser } from "@/lib/users/create-user";
import { createWebhookKey } from "@/lib/webhook-keys/create-key";
import { admin, e2ePort, inactive, linguist, sales, switcher } from "./support/accounts";
import { plantedFile, serverLogFile, type PlantedSecrets } from "./support/planted";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-e2e-"));
delete process.env.DATABASE_URL;
process.env.DATA_DIR = dir;
process.env.ADMIN_EMAIL = admin.email;
process.env.ADMIN_PASSWORD = admin.password;
process.env.AUTH_SECRET = `planted-auth-${randomBytes(24).toString("hex")}`;
process.env.ENCRYPTION_KEY = randomBytes(32).toString("hex");
// The planted destination below points at 127.0.0.1, which the SSRF guard refuses unless allowed (as for the server).
process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
process.env.METRICS_TOKEN = `e2e-metrics-${randomBytes(16).toString("hex")}`;
process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));

ensureBuild();
await prepareDatabase();
await connect();
await createUser({ email: sales.email, password: sales.password, role: "SALES", name: "Sam Sales" });
await createUser({ email: inactive.email, password: inactive.password, role: "ADMIN", name: "Ina Active" });
await createUser({ email: linguist.email, password: linguist.password, role: "SALES", name: "Lia Linguist" });
await createUser({ email: switcher.email, password: switcher.password, role: "SALES", name: "Sam Switcher" });
const planted: Omit<PlantedSecrets, "destinationId" | "assignmentRuleId"> = {
  authSecret: process.env.AUTH_SECRET,
  encryptionKey: process.env.ENCRYPTION_KEY,
  webhookKey: (await createWebhookKey("Planted key")).key,
  destinationHeaderValue: `planted-header-${randomBytes(16).toString("hex")}`,
  destinationSigningSecret: `planted-signing-${randomBytes(16).toString("hex")}`,
  alertChannelSecret: `planted-slack-${randomBytes(16).toString("hex")}`,
};
// Disabled, so it never queues deliveries to its (unreachable) address.
const destination = await saveDestination({
  kind: "HTTPS",
  name: "Planted destination",
  enabled: false,
  sources: [],
  actions: [],
  stages: [],
  includeTest: true,
  includeDoNotContact: false,
  config: {
    url: "http://127.0.0.1:9/planted",
    headers: { "X-Api-Key": planted.destinationHeaderValue },
    signingSecret: planted.destinationSigningSecret,
  },
});
// A Slack alert channel, disabled so nothing is ever sent to its (unreachable) address.
const channel = await createChannel({
  kind: "SLACK",
  name: "Planted channel",
  target: `http://127.0.0.1:9/services/${planted.alertChannelSecret}`,
  events: ["digest"],
});
await setChannelEnabled(channel.id, false);
// The default assignment rule (made by its migration): its edit page is one of the pages every spec visits.
const assignmentRuleId = (await (await getDb()).assignmentRule.findFirstOrThrow({ where: { isDefault: true } })).id;
await disconnect();
fs.mkdirSync(path.dirname(plantedFile), { recursive: true });
fs.writeFileSync(plantedFile, JSON.stringify({ ...planted, destinationId: destination.id, assignmentRuleId }, null, 2));

// The destination tests send to receivers they start on 127.0.0.1, and watch
// the in-app worker deliver within moments.
serve(
  "start",
  e2ePort,
  {
    ...process.env,
    APP_URL: `http://localhost:${e2ePort}`,
    OUTBOUND_ALLOW_HOSTS: "127.0.0.1",
    DELIVERY_POLL_MS: "300",
  },
  { logFile: serverLogFile },
);
