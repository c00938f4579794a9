// next-auth configuration: e-mail + password for everyone, Microsoft Entra ID
// when configured. Sessions are signed JWTs in an http-only cookie; every
// server entry point still re-reads the user (see session.ts), so a
// deactivated user or a changed role takes effect on the next request.
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
import { clearLoginFailures, loginLockedForMs, loginThrottledError, recordLoginFailure, type LoginKey } from "./login-throttle";

const sessionHours = 12;

export function authOptions(): NextAuthOptions {
  const entra = entraSettings();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: sessionHours * 3600 },
    useSecureCookies: usesSecureCookies(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const email = String(credentials?.email ?? "").trim().toLowerCase();
          const keys: LoginKey[] = [`email:${email}`, `ip:${clientAddress(req?.headers as Record<string, string> | undefined)}`];
          // Refused unchecked while locked: the form shows the code's message.
          if (loginLockedForMs(keys) > 0) throw new Error(loginThrottledError);
          const user = await verifyCredentials(credentials?.email, credentials?.password);
          if (!user) {
            recordLoginFailure(keys);
            return null;
          }
          // Only the account's count: a valid sign-in must not reset an address's count.
          clearLoginFailures([`email:${email}`]);
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
        if (user) token.uid = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user) (session.user as { id?: string }).id = token.uid as string;
        return session;
      },
    },
  };
}
