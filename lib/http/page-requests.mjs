// What the app's HTTP server treats as a page request: everything but API
// routes, Next's own assets and files with an extension. Pages (their
// documents, RSC payloads and server actions alike) get the nonce-based
// Content-Security-Policy and, without a session cookie, the sign-in redirect.
// The server decides this itself, ahead of Next, rather than in a Next proxy:
// a proxy's matcher is compiled and run by Next's router on every request, API
// routes included (docs/performance.md, fourteenth round).
// Plain JavaScript: the servers load it without a TypeScript loader.
import { isHttpsUrl } from "./transport-security.mjs";

// /unsubscribe: opened from an alert e-mail; its signed token is the authority.
const publicPages = new Set(["/login", "/unsubscribe"]);
const notPages = ["/api/", "/_next/static/", "/_next/image", "/favicon.ico"];
const fileName = /\.[a-z0-9]+$/;

/** The path and query of a request target (absolute-form too), or null when it is not a URL. */
function splitTarget(url) {
  if (!url.startsWith("/")) {
    try {
      const { pathname, search } = new URL(url);
      return { pathname, search };
    } catch {
      return null;
    }
  }
  const query = url.indexOf("?");
  return query < 0 ? { pathname: url, search: "" } : { pathname: url.slice(0, query), search: url.slice(query) };
}

/** The path and query of a page request, or null for anything else. */
export function pageRequest(url = "/") {
  const target = splitTarget(url);
  if (!target || notPages.some((prefix) => target.pathname.startsWith(prefix))) return null;
  return fileName.test(target.pathname) ? null : target;
}

/** next-auth's session cookie: __Secure- prefixed when the app's URL (APP_URL) is https. */
export function sessionCookieName(secure = isHttpsUrl(process.env.APP_URL ?? "")) {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

function hasCookie(header = "", name) {
  return header.split(";").some((pair) => {
    const eq = pair.indexOf("=");
    return eq > 0 && pair.slice(0, eq).trim() === name;
  });
}

/**
 * Sends a visitor without a session cookie from any page but a public one to
 * the sign-in page, remembering where they were going (true when it answered).
 * Convenience only: every page, action and route checks the session and role
 * itself on the server (lib/auth/session.ts).
 */
export function sendToSignIn(req, res, { pathname, search }) {
  if (publicPages.has(pathname) || hasCookie(req.headers.cookie, sessionCookieName())) return false;
  res.statusCode = 307;
  res.setHeader("Location", `/login?callbackUrl=${encodeURIComponent(pathname + search)}`);
  res.end();
  return true;
}
