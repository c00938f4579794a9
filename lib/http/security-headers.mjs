// The static security headers, set by this app's HTTP server on every response
// (lib/http/app-listener.mjs): pages, API routes, the webhook and static files
// alike. The server sets them rather than next.config.ts's headers(), which
// Next matched against every request's path in its router: measured, moving
// them here raised the do-nothing API route by about two points of the bare
// route's throughput (docs/performance.md, eleventh round). Pages get their nonce-based policy
// from proxy.ts. Plain JavaScript: the server loads it without a TypeScript
// loader; lib/security/security-headers.ts re-exports the values.

/** Sent on every response. X-Frame-Options backs up frame-ancestors for old browsers. */
export const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** API answers are data, never documents: nothing may load or frame them. */
export const apiContentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Server side: the static headers on `res`, and the API policy for a path under /api/. */
export function setSecurityHeaders(req, res) {
  for (const { key, value } of staticSecurityHeaders) res.setHeader(key, value);
  if (req.url?.startsWith("/api/")) res.setHeader("Content-Security-Policy", apiContentSecurityPolicy);
}
