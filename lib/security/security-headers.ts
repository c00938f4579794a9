// The browser-facing security headers, in one place: next.config.ts sends the
// static ones on every response (pages, API routes, assets), proxy.ts adds the
// per-request Content-Security-Policy with a fresh script nonce to pages, and
// the HTTP server sets HSTS whenever the app is served over https
// (lib/http/transport-security.mjs).

/** Sent on every response. X-Frame-Options backs up frame-ancestors for old browsers. */
export const staticSecurityHeaders: { key: string; value: string }[] = [
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

/** What next.config.ts gives an API answer, for a route the server answers without Next (direct-routes.mjs). */
export function setApiSecurityHeaders(headers: Headers): void {
  for (const { key, value } of staticSecurityHeaders) headers.set(key, value);
  headers.set("Content-Security-Policy", apiContentSecurityPolicy);
}

/**
 * The pages' policy. Scripts run only with this response's nonce, and what
 * they load ('strict-dynamic'); no inline or eval'd script in production
 * (only React's development build needs eval). Styles may be inline: React sets
 * style attributes, and styles cannot run code.
 */
export function pageContentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
