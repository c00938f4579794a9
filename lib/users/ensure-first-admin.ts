import { getDb } from "@/lib/db";
import { ConfigError } from "@/lib/db/config";
import { passwordProblem } from "@/lib/auth/password-policy";
import { english, sayKey } from "@/lib/i18n/translator";
import { createUser } from "./create-user";
import type { Env } from "@/lib/env";

export type FirstAdmin = { created: false } | { created: true; email: string; generatedPassword: string | null };

/**
 * On a database without users, creates the first admin from ADMIN_EMAIL /
 * ADMIN_PASSWORD, or admin@localhost with a generated one-time password that
 * the caller prints once. An ADMIN_PASSWORD the password policy refuses stops
 * the start with the reason.
 */
export async function ensureFirstAdmin(env: Env = process.env): Promise<FirstAdmin> {
  const db = await getDb();
  if ((await db.user.count()) > 0) return { created: false };
  const email = env.ADMIN_EMAIL?.trim() || "admin@leaddesk.local";
  const password = env.ADMIN_PASSWORD || undefined;
  const problem = password === undefined ? null : passwordProblem(password, email);
  if (problem) {
    const why = sayKey(english, `errors.${problem.key}`, problem.values);
    throw new ConfigError(`ADMIN_PASSWORD is not accepted: ${why} Set another, or unset it to have one generated.`);
  }
  const { generatedPassword } = await createUser({ email, name: "Administrator", role: "ADMIN", password });
  return { created: true, email, generatedPassword };
}
