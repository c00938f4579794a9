// Convenience only: sends visitors without a session cookie to the sign-in
// page, remembering where they were going. Every page, action and route still
// checks the session and role itself on the server (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";

const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only: API routes (the webhook above all) and assets are never touched.
  matcher: ["/((?!api/|_next/|login|favicon.ico|.*\\.[a-z0-9]+$).*)"],
};
