// The browser-facing security headers, in one place: the HTTP server sends the
// static ones on every response (pages, API routes, assets; defined in
// lib/http/security-headers.mjs, which it loads without a TypeScript loader)
// and HSTS whenever the app is served over https
// (lib/http/transport-security.mjs); proxy.ts adds the per-request
// Content-Security-Policy with a fresh script nonce to pages.
export { apiContentSecurityPolicy, staticSecurityHeaders } from "@/lib/http/security-headers.mjs";

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
