import { getDb } from "@/lib/db";
import { createUser } from "./create-user";
import type { Env } from "@/lib/env";

export type FirstAdmin =
  | { created: false }
  | { created: true; email: string; generatedPassword: string | null };

/**
 * On a database without users, creates the first admin from ADMIN_EMAIL /
 * ADMIN_PASSWORD, or admin@localhost with a generated one-time password that
 * the caller prints once.
 */
export async function ensureFirstAdmin(env: Env = process.env): Promise<FirstAdmin> {
  const db = await getDb();
  if ((await db.user.count()) > 0) return { created: false };
  const email = env.ADMIN_EMAIL?.trim() || "admin@leaddesk.local";
  const { generatedPassword } = await createUser({
    email,
    name: "Administrator",
    role: "ADMIN",
    password: env.ADMIN_PASSWORD || undefined,
  });
  return { created: true, email, generatedPassword };
}
