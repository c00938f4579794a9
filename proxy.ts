// Runs before every page (not API routes, not static assets):
// - pages get a Content-Security-Policy with a fresh script nonce; Next reads
//   it from the request headers and puts the nonce on its own scripts;
// - visitors without a session cookie are sent to the sign-in page,
//   remembering where they were going. That part is convenience only: every
//   page, action and route still checks the session and role itself on the
//   server (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieName } from "@/lib/auth/auth-cookies";
import { pageContentSecurityPolicy } from "@/lib/security/security-headers";

// /unsubscribe: opened from an alert e-mail; its signed token is the authority.
const publicPages = ["/login", "/unsubscribe"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  const signedIn = request.cookies.has(sessionCookieName());
  if (!signedIn && !publicPages.includes(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pageContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Not API routes: each checks its own session or key, answers data with
  // the server's security headers, and running the proxy cost them much of their
  // throughput. Not assets; prefetches included so they render with a nonce too.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.[a-z0-9]+$).*)"],
};
