// The request listener both of this app's HTTP servers run (scripts/lib/next-server.mjs, and
// peer-server.mjs around the standalone build): HSTS on https deployments
// (transport-security.mjs) and the security headers on every response (security-headers.mjs),
// each request stamped with its socket's address (peer-stamp.mjs), visitors without a session
// sent from pages to sign-in (page-requests.mjs), then a route the server answers itself
// (direct-routes.mjs) or Next's own handler.
// Plain JavaScript: the servers load it without a TypeScript loader.
import { serveDirect } from "./direct-routes.mjs";
import { pageRequest, sendToSignIn } from "./page-requests.mjs";
import { stampPeer } from "./peer-stamp.mjs";
import { setSecurityHeaders } from "./security-headers.mjs";
import { withTransportSecurity } from "./transport-security.mjs";

/** Wraps Next's request handler (`handle`) as the server's listener. */
export function appListener(handle) {
  return withTransportSecurity(function listen(req, res) {
    stampPeer(req);
    const page = pageRequest(req.url);
    setSecurityHeaders(req, res, page !== null);
    if (page && sendToSignIn(req, res, page)) return;
    if (serveDirect(req, res)) return;
    return handle.call(this, req, res);
  });
}
