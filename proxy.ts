// Runs before every page and API route (not the webhook, not static assets):
// - pages get a Content-Security-Policy with a fresh script nonce; Next reads
//   it from the request headers and puts the nonce on its own scripts;
// - https deployments get HSTS on everything it touches;
// - visitors without a session cookie are sent to the sign-in page,
//   remembering where they were going. That part is convenience only: every
//   page, action and route still checks the session and role itself on the
//   server (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { appUrl } from "@/lib/app-url";
import { sessionCookieName } from "@/lib/auth/auth-cookies";
import { isHttpsUrl, pageContentSecurityPolicy, strictTransportSecurity } from "@/lib/security/security-headers";

// /unsubscribe: opened from an alert e-mail; its signed token is the authority.
const publicPages = ["/login", "/unsubscribe"];

function withTransportSecurity(response: NextResponse): NextResponse {
  if (isHttpsUrl(appUrl())) response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) return withTransportSecurity(NextResponse.next());

  const signedIn = request.cookies.has(sessionCookieName());
  if (!signedIn && !publicPages.includes(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return withTransportSecurity(NextResponse.redirect(url));
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pageContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return withTransportSecurity(response);
}

export const config = {
  // Not the webhook (cookie-less, the hot path; next.config.ts headers still
  // apply), not assets; prefetches included so they render with a nonce too.
  matcher: ["/((?!api/webhooks/|_next/static|_next/image|favicon.ico|.*\\.[a-z0-9]+$).*)"],
};
