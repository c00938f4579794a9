// next-auth configuration: e-mail + password for everyone, Microsoft Entra ID
// when configured. The http-only cookie is an encrypted JWT that names a
// session row (session-rows.ts); every server entry point reads that row and
// its user (session.ts), so a session that was ended, a deactivated user or a
// changed role takes effect on the next request. next-auth's own session
// endpoint asks too, and answers nothing (clearing the cookie) for an ended one.
import type { NextAuthOptions } from "next-auth";
import AzureADProvider from "next-auth/providers/azure-ad";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { usesSecureCookies } from "./auth-cookies";
import { authSecret } from "./auth-secret";
import { entraSettings } from "./entra";
import { safeCallbackUrl } from "./safe-callback-url";
import { endSession, openSessionUser, sessionHours, startSession } from "./session-rows";
import { beginLoginAttempt, loginSucceeded, type LoginKey } from "./login-throttle";
import { loginThrottledError } from "./login-throttled-error";

/** Thrown by the jwt callback for an ended session: next-auth then answers nothing and clears the cookie. */
class SessionEndedError extends Error {
  override name = "SessionEndedError";
}

export function authOptions(): NextAuthOptions {
  const entra = entraSettings();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: sessionHours * 3600 },
    useSecureCookies: usesSecureCookies(),
    pages: { signIn: "/login", error: "/login" },
    events: {
      // Signing out ends this session only; the cookie next-auth clears could not be replayed anyway.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        if (metadata instanceof SessionEndedError) return; // an ended session asking, not a fault
        console.error(`[next-auth][error][${code}]`, metadata instanceof Error ? metadata.message : metadata);
      },
    },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const email = String(credentials?.email ?? "")
            .trim()
            .toLowerCase();
          const keys: LoginKey[] = [
            `email:${email}`,
            `ip:${clientAddress(req?.headers as Record<string, string> | undefined)}`,
          ];
          // Counted before the check, atomically; refused unchecked while locked (the form shows the code's message).
          if (!(await beginLoginAttempt(keys))) throw new Error(loginThrottledError);
          const user = await verifyCredentials(credentials?.email, credentials?.password);
          if (!user) return null;
          await loginSucceeded(keys);
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      ...(entra
        ? [
            AzureADProvider({
              clientId: entra.clientId,
              clientSecret: entra.clientSecret,
              tenantId: entra.tenantId,
            }),
          ]
        : []),
    ],
    callbacks: {
      // next-auth's own redirects (Microsoft sign-in, sign-out) follow the sign-in page's rule: a path on this site.
      async redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeCallbackUrl(path, baseUrl)}`;
      },
      // Microsoft sign-in admits only people an admin already added, by e-mail.
      async signIn({ user, account }) {
        if (account?.provider !== "azure-ad") return true;
        const email = user.email?.trim().toLowerCase();
        if (!email) return false;
        const db = await getDb();
        const known = await db.user.findUnique({ where: { email } });
        if (!known?.active) return "/login?error=NotInvited";
        user.id = known.id;
        await db.user.update({ where: { id: known.id }, data: { lastLoginAt: new Date() } });
        return true;
      },
      async jwt({ token, user }) {
        if (user) return { ...token, uid: user.id, sid: await startSession(user.id) };
        // Renewal through /api/auth/session: only for a session that is still open.
        const { uid, sid } = token;
        const open = typeof uid === "string" && typeof sid === "string" && (await openSessionUser(sid, uid));
        if (!open) throw new SessionEndedError();
        return token;
      },
      async session({ session, token }) {
        if (session.user) (session.user as { id?: string }).id = token.uid as string;
        return session;
      },
    },
  };
}
