// The browser-facing security headers, in one place: the HTTP server sends
// them (defined in lib/http/security-headers.mjs, which it loads without a
// TypeScript loader): a short set on API routes' answers, the static ones on
// every other response (pages, assets), a policy with a fresh script nonce on
// pages, and HSTS whenever the app is served over https (lib/http/transport-security.mjs).
export {
  apiContentSecurityPolicy,
  apiSecurityHeaders,
  pageContentSecurityPolicy,
  staticSecurityHeaders,
} from "@/lib/http/security-headers.mjs";
