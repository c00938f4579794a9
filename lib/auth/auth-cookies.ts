// Whether next-auth's cookies are Secure, decided by the app's public URL
// (APP_URL), not by whether NEXTAUTH_URL happens to be set. Over https
// next-auth names them __Secure-… / __Host-… (a sub-domain or a plain http
// page cannot set or overwrite them); they are always http-only and
// SameSite=Lax. The session cookie's name is the HTTP server's
// (lib/http/page-requests.mjs, which sends visitors without one to sign-in).
import { appUrl } from "@/lib/app-url";
import { sessionCookieName as cookieName } from "@/lib/http/page-requests.mjs";
import { isHttpsUrl } from "@/lib/http/transport-security.mjs";

export function usesSecureCookies(url = appUrl()): boolean {
  return isHttpsUrl(url);
}

export function sessionCookieName(secure = usesSecureCookies()): string {
  return cookieName(secure);
}
