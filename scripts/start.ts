// npm start — build when needed, migrate, create the first admin, serve.
// npm run dev — the same with the development server.
import { databaseConfig } from "@/lib/db";
import { ensureBuild } from "./lib/ensure-build";
import { prepareDatabase } from "./lib/prepare-database";
import { serve } from "./lib/serve";
import { runScript } from "./run-script";

await runScript(async () => {
  const dev = process.argv.includes("--dev");
  databaseConfig(); // fail fast on a malformed DATABASE_URL
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error("PORT must be a number from 1 to 65535.");
  if (!dev) ensureBuild();
  await prepareDatabase();
  serve(dev ? "dev" : "start", port);
});
