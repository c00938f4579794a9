// npm run key:create -- --label <text> [--json]
// Creates a webhook key and prints the URL to paste into Partner Center.
import { connect, disconnect } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { createWebhookKey, keyLabelSchema } from "@/lib/webhook-keys/create-key";
import { parseArgs, UsageError } from "./lib/args";
import { runScript } from "./run-script";

await runScript(async () => {
  const args = parseArgs(process.argv.slice(2), ["json"]);
  const label = keyLabelSchema.safeParse(args.label);
  if (!label.success) throw new UsageError("Usage: npm run key:create -- --label <text> [--json]");
  await connect();
  await migrate();
  const { key, url } = await createWebhookKey(label.data);
  await disconnect();
  if (args.json) {
    console.log(JSON.stringify({ key, url }));
  } else {
    console.log(`Webhook key "${label.data}" created. It is shown only now.`);
    console.log(`Marketplace HTTPS endpoint URL: ${url}`);
    console.log(`Or send it as a header to ${url.replace(/\/[^/]+$/, "")}: Authorization: Bearer ${key}`);
  }
});
