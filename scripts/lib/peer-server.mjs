// Runs Next's standalone server (.next/standalone/server.js, which is all the
// container has) with each request's socket address stamped first
// (lib/http/peer-stamp.mjs), so the app knows who connected without believing
// a header a client can send, and HSTS set on https deployments
// (lib/http/transport-security.mjs). Next creates its HTTP server with
// http.createServer(listener); the listener is wrapped before server.js runs.
//   node scripts/lib/peer-server.mjs <path to server.js>
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { stampPeer } from "../../lib/http/peer-stamp.mjs";
import { withTransportSecurity } from "../../lib/http/transport-security.mjs";

const serverJs = process.argv[2];
if (!serverJs) {
  console.error("Usage: node scripts/lib/peer-server.mjs <path to the standalone server.js>");
  process.exit(1);
}
const createServer = http.createServer;
http.createServer = function createStampingServer(...args) {
  const at = args.findIndex((arg) => typeof arg === "function");
  if (at >= 0) {
    const listener = args[at];
    args[at] = withTransportSecurity(function stampThenHandle(req, res) {
      stampPeer(req);
      return listener.call(this, req, res);
    });
  }
  return createServer.apply(this, args);
};
await import(pathToFileURL(path.resolve(serverJs)).href);
