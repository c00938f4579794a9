// Who a session cookie belongs to. next-auth's getServerSession() answers the
// same question by running its whole "session" endpoint: it decrypts the
// cookie and then encrypts a fresh one (two key derivations and a JWE
// encryption) for a Set-Cookie that a server render cannot send and that
// getServerSession() drops anyway. Every signed-in page, action and route asks,
// so this only decrypts: the same cookie name, secret and expiry check
// (next-auth's own decode), none of the re-issuing.
import { decode } from "next-auth/jwt";
import { sessionCookieName } from "./auth-cookies";
import { authSecret } from "./auth-secret";

export interface RequestCookie {
  name: string;
  value: string;
}

/** The session cookie's value: whole, or joined from next-auth's chunks (name.0, name.1, … when over 4 kB). */
export function sessionToken(cookies: RequestCookie[], name = sessionCookieName()): string | undefined {
  const whole = cookies.find((c) => c.name === name);
  if (whole) return whole.value || undefined;
  const prefix = `${name}.`;
  const index = (c: RequestCookie) => Number(c.name.slice(prefix.length));
  const chunks = cookies
    .filter((c) => c.name.startsWith(prefix) && /^\d+$/.test(c.name.slice(prefix.length)))
    .sort((a, b) => index(a) - index(b));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}

export interface SessionClaims {
  userId: string;
  sessionId: string;
}

/**
 * The user and session ids in a valid, unexpired session cookie (set at
 * sign-in by the jwt callback in options.ts), else null. Whether that session
 * is still open is the database's answer (session.ts), not the cookie's.
 */
export async function sessionClaims(cookies: RequestCookie[]): Promise<SessionClaims | null> {
  const token = sessionToken(cookies);
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authSecret() });
    const { uid, sid } = payload ?? {};
    return typeof uid === "string" && uid && typeof sid === "string" && sid ? { userId: uid, sessionId: sid } : null;
  } catch {
    // Tampered, expired or encrypted with another secret: not signed in.
    return null;
  }
}
