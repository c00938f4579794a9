// npm start — build when needed, migrate, create the first admin, serve.
// npm run dev — the same with the development server.
import type { Env } from "@/lib/env";
import { ensureBuild } from "@/lib/server/ensure-build";
import { disconnect } from "@/lib/db";
import { prepareDatabase } from "@/lib/startup/prepare-database";
import { serve } from "@/lib/server/serve";
import { runScript } from "./run-script";

const dev = process.argv.includes("--dev");
// What the server will run as (next sets it for its own process); the configuration check reads it.
(process.env as Env).NODE_ENV ??= dev ? "development" : "production";

await runScript(async () => {
  const port = Number(process.env.PORT || 3000); // checked with the rest of the configuration by runScript
  if (!dev) ensureBuild();
  await prepareDatabase();
  await disconnect(); // the server process opens the database next
  serve(dev ? "dev" : "start", port);
});
