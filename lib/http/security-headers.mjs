// The security headers, set by this app's HTTP server (lib/http/app-listener.mjs)
// on every response: a short set with a strict Content-Security-Policy on API
// routes' answers (the webhook's too), the static ones on everything else
// (pages, their data, static files), and on pages a policy with a fresh
// script nonce. The server sets them rather than next.config.ts's headers()
// or a Next proxy, which Next matched against every request's path in its
// router: measured, moving them here raised the do-nothing API route's
// throughput (docs/performance.md, eleventh and fourteenth rounds). Plain
// JavaScript: the server loads it without a TypeScript loader;
// lib/security/security-headers.ts re-exports the values.
import { randomBytes } from "node:crypto";

const noSniff = { key: "X-Content-Type-Options", value: "nosniff" };
/** Backs up frame-ancestors for old browsers. */
const noFraming = { key: "X-Frame-Options", value: "DENY" };
/** No other site may load the response as a script, image or the like (and read it through a side channel). */
const sameOriginResources = { key: "Cross-Origin-Resource-Policy", value: "same-origin" };

/** Sent on every response but API routes': pages, their data and static files. */
export const staticSecurityHeaders = [
  noSniff,
  noFraming,
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  sameOriginResources,
];

/** API answers are data, never documents: nothing may load or frame them. */
export const apiContentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * API routes' answers (the webhook's too): the headers OWASP's REST security
 * guidance lists for them. Those only a document acts on (Referrer-Policy,
 * Permissions-Policy, Cross-Origin-Opener-Policy) are left out: each was
 * written into every answer, and the do-nothing API route measured ~2% faster
 * without them (docs/performance.md, fourteenth round).
 */
export const apiSecurityHeaders = [
  noSniff,
  noFraming,
  sameOriginResources,
  { key: "Content-Security-Policy", value: apiContentSecurityPolicy },
];

/**
 * The pages' policy. Scripts run only with this response's nonce, and what
 * they load ('strict-dynamic'); no inline or eval'd script in production
 * (only React's development build needs eval). Styles may be inline: React sets
 * style attributes, and styles cannot run code.
 */
export function pageContentSecurityPolicy(nonce, development = process.env.NODE_ENV === "development") {
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

/**
 * Server side: the API headers on `res` for a path under /api/, else the
 * static ones; for a page (`page` true), a policy with a fresh nonce on the
 * response and on the request, where Next (and app/layout.tsx) read the nonce
 * to put on the page's scripts. A policy a client sent on its request is replaced.
 */
export function setSecurityHeaders(req, res, page = false) {
  const api = !page && req.url?.startsWith("/api/");
  for (const { key, value } of api ? apiSecurityHeaders : staticSecurityHeaders) res.setHeader(key, value);
  if (page) {
    const policy = pageContentSecurityPolicy(randomBytes(16).toString("base64"));
    req.headers["content-security-policy"] = policy;
    res.setHeader("Content-Security-Policy", policy);
  }
}
