// The real webhook handler (lib/ingest handleMarketplaceWebhook) behind a bare
// Node HTTP server with the app's listener, without Next.js: the scale-out test runs two of these
// against one PostgreSQL (a production build inside a test would take minutes),
// and it shows what the handler costs apart from the framework.
//   PORT=0 DATABASE_URL=postgres://… tsx scripts/bench/webhook-server.ts
// Prints "listening on <port>"; SIGTERM closes the pool and exits.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { disconnect } from "@/lib/db";
import { appListener } from "@/lib/http/app-listener.mjs";
import { serveWebhookDirectly } from "@/lib/ingest/webhook-direct-route";

// The app's own listener, with the webhook as its one route: everything else is a 404.
serveWebhookDirectly();
const server = http.createServer(appListener((_req, res) => void res.writeHead(404).end()));

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () =>
  console.log(`listening on ${(server.address() as AddressInfo).port}`),
);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void disconnect().finally(() => process.exit(0));
  });
}
