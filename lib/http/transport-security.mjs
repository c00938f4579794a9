// HSTS, sent by this app's HTTP server (scripts/lib/next-server.mjs and
// peer-server.mjs) on every response whenever the app's URL is https: pages,
// API routes, the webhook and static files alike. The server sets it rather
// than proxy.ts so API routes need not run the proxy at all, which cost them
// much of their throughput (docs/performance.md). Plain JavaScript:
// the server loads it without a TypeScript loader.

/** Two years, subdomains included: only ever sent when the app's URL is https. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/** Whether the app's public URL is https: HSTS here, Secure cookies in lib/auth/auth-cookies.ts. */
export function isHttpsUrl(url) {
  return url.trim().toLowerCase().startsWith("https:");
}

/** The header's value for this deployment (read once, at start), or null over plain http. */
export function transportSecurityFor(appUrl = process.env.APP_URL ?? "") {
  return isHttpsUrl(appUrl) ? strictTransportSecurity : null;
}

/** Server side: a request handler that sets HSTS (when the app's URL is https) before `handle` answers. */
export function withTransportSecurity(handle, value = transportSecurityFor()) {
  if (!value) return handle;
  return function handleWithTransportSecurity(req, res) {
    res.setHeader("Strict-Transport-Security", value);
    return handle.call(this, req, res);
  };
}
