// The real webhook handler (lib/ingest handleMarketplaceWebhook) behind a bare
// Node HTTP server, without Next.js: the scale-out test runs two of these
// against one PostgreSQL (a production build inside a test would take minutes),
// and it shows what the handler costs apart from the framework.
//   PORT=0 DATABASE_URL=postgres://… tsx scripts/bench/webhook-server.ts
// Prints "listening on <port>"; SIGTERM closes the pool and exits.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { disconnect } from "@/lib/db";
import { stampPeer } from "@/lib/http/peer-stamp.mjs";
import { handleMarketplaceWebhook } from "@/lib/ingest/webhook-handler";

const route = /^\/api\/webhooks\/marketplace(?:\/([^/?]+))?(?:\?.*)?$/;

const server = http.createServer((req, res) => {
  const match = route.exec(req.url ?? "");
  if (req.method !== "POST" || !match) return void res.writeHead(404).end();
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  // The socket's address, stamped as the app's server does (lib/http/client-address.ts reads it).
  stampPeer(req);
  req.on("end", async () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: "POST",
      headers,
      body: new Uint8Array(Buffer.concat(chunks)),
    });
    const response = await handleMarketplaceWebhook(request, match[1] ? decodeURIComponent(match[1]) : undefined);
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
  });
});

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
