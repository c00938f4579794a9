// The one place that answers "who is asking, and may they?". Pages, server
// actions and route handlers all come through here; the role and the active
// flag are read from the database on every call, never trusted from the cookie.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { sessionUserId } from "./session-token";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = "AuthError";
  }
}

// Once per request: the layout and the page both ask, and each answer costs a
// session decrypt and a user read. (Outside a React render, cache() does not memoise.)
export const currentUser = cache(async function currentUser(): Promise<SessionUser | null> {
  const id = await sessionUserId((await cookies()).getAll());
  if (!id) return null;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For server actions and route handlers: throws AuthError (401/403). */
export async function authorize(role?: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AuthError(401, "Sign in to continue.");
  if (role === "ADMIN" && user.role !== "ADMIN") throw new AuthError(403, "Only admins may do this.");
  return user;
}

/** For pages: redirects to sign-in, or to the forbidden page for the wrong role. */
export async function requirePageUser(role?: Role, from = "/"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(from)}`);
  if (role === "ADMIN" && user.role !== "ADMIN") redirect("/forbidden");
  return user;
}
