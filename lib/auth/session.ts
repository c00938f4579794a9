// The one place that answers "who is asking, and may they?". Pages, server
// actions and route handlers all come through here; the session (still open?),
// the role and the active flag are read from the database on every call, never
// trusted from the cookie.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { UserFacingError, type ErrorKey } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { readDensity, type ListDensity } from "@/lib/users/ui-preferences";
import { openSessionUser } from "./session-rows";
import { sessionClaims } from "./session-token";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** After an admin's reset: only the profile page (to choose a new password) and sign-out are open. */
  mustChangePassword: boolean;
  /** Their chosen language; null follows the browser (lib/i18n). */
  locale: string | null;
  /** Row height of the lead list (lib/users/ui-preferences.ts). */
  listDensity: ListDensity;
  /** IANA zone dates are shown in; null until the browser reported one on the first visit. */
  timeZone: string | null;
}

/** Not signed in (401) or not allowed (403). */
export class AuthError extends UserFacingError {
  override name = "AuthError";
  declare readonly status: 401 | 403;
  constructor(status: 401 | 403, key: ErrorKey) {
    super(key, { status });
  }
}

// Once per request: the layout and the page both ask, and each answer costs a
// session decrypt and a user read. (Outside a React render, cache() does not memoise.)
export const currentUser = cache(async function currentUser(): Promise<SessionUser | null> {
  const claims = await sessionClaims((await cookies()).getAll());
  if (!claims) return null;
  const user = await openSessionUser(claims.sessionId, claims.userId);
  if (!user) return null;
  const { id, email, name, role, mustChangePassword, locale, timeZone } = user;
  const listDensity = readDensity(user.listDensity);
  return { id, email, name, role, mustChangePassword, locale, listDensity, timeZone };
});

export const profilePath = "/profile";

/**
 * For server actions and route handlers: throws AuthError (401/403). A user
 * who must change their password may only call what sets it (passwordChange).
 */
export async function authorize(role?: Role, { passwordChange = false } = {}): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AuthError(401, "signIn");
  if (role === "ADMIN" && user.role !== "ADMIN") throw new AuthError(403, "adminsOnly");
  if (user.mustChangePassword && !passwordChange) throw new AuthError(403, "passwordChangeRequired");
  return user;
}

/**
 * For pages: redirects to sign-in, to the forbidden page for the wrong role,
 * or to the profile page while a new password is required. `from` is the
 * page's own path (the layout, which serves every page, passes none).
 */
export async function requirePageUser(role?: Role, from?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(from ?? "/")}`);
  if (role === "ADMIN" && user.role !== "ADMIN") redirect("/forbidden");
  if (user.mustChangePassword && from !== undefined && from !== profilePath) redirect(profilePath);
  return user;
}
