// The HTTP server `npm run dev` runs (instead of `next dev`), and the one the
// hardening suite and the benchmark start their production builds with
// (`npm start` and the container run the standalone build behind
// peer-server.mjs): Next's own request handler behind a plain Node server that
// stamps each request with its socket's address (lib/http/peer-stamp.mjs), so
// the app knows who connected without believing a header a client can send,
// and sets HSTS on https deployments (lib/http/transport-security.mjs).
//   node scripts/lib/next-server.mjs start|dev <port> [hostname]
import http from "node:http";
import next from "next";
import { appListener } from "../../lib/http/app-listener.mjs";

const [mode = "start", portText = "3000", hostname] = process.argv.slice(2);
const port = Number(portText);
const dev = mode === "dev";
if (!dev) process.env.NODE_ENV = "production";

const app = next({ dev, dir: process.cwd(), port, hostname: hostname || "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
const server = http.createServer(appListener((req, res) => void handle(req, res)));
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, hostname || undefined, () => console.log(`Ready on port ${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    // Let the in-app worker and database finish their own shutdown, then leave.
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
