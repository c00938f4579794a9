// Runs Next's standalone server (.next/standalone/server.js, which is all the
// container has) behind this app's listener (lib/http/app-listener.mjs): each
// request's socket address stamped first, so the app knows who connected
// without believing a header a client can send, HSTS set on https deployments,
// and the webhook answered without Next's router. Next creates its HTTP server
// with http.createServer(listener); the listener is wrapped before server.js runs.
//   node scripts/lib/peer-server.mjs <path to server.js>
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { appListener } from "../../lib/http/app-listener.mjs";

const serverJs = process.argv[2];
if (!serverJs) {
  console.error("Usage: node scripts/lib/peer-server.mjs <path to the standalone server.js>");
  process.exit(1);
}
const createServer = http.createServer;
http.createServer = function createStampingServer(...args) {
  const at = args.findIndex((arg) => typeof arg === "function");
  if (at >= 0) args[at] = appListener(args[at]);
  return createServer.apply(this, args);
};
await import(pathToFileURL(path.resolve(serverJs)).href);
