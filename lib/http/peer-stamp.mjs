// The address of the socket a request arrived on, handed from this app's HTTP
// server (scripts/lib/next-server.mjs) to route handlers, actions and
// next-auth, which Next does not give the socket. The server overwrites the
// header on every request, and the value carries a random proof that only
// this process knows, so neither a client nor a server started some other way
// can supply it. Plain JavaScript: the server loads it without a TypeScript loader.
import { randomBytes } from "node:crypto";

export const peerHeader = "x-leaddesk-peer";
const proofKey = Symbol.for("leaddesk.peerProof");

/** Server side: replaces any client-sent value with this request's socket address. */
export function stampPeer(req) {
  globalThis[proofKey] ??= randomBytes(18).toString("base64url");
  req.headers[peerHeader] = `${globalThis[proofKey]} ${req.socket.remoteAddress ?? ""}`;
}

/** App side: the socket address from a stamped header value; null when unstamped or not stamped by this process. */
export function peerAddress(value) {
  const proof = globalThis[proofKey];
  if (!proof || typeof value !== "string") return null;
  const space = value.indexOf(" ");
  return space > 0 && value.slice(0, space) === proof ? value.slice(space + 1) || null : null;
}
