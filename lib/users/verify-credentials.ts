import { getDb } from "@/lib/db";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { emailSchema } from "./schemas";

/** The active user with these credentials, or null — never says which part was wrong. */
export async function verifyCredentials(email: unknown, password: unknown) {
  const parsedEmail = emailSchema.safeParse(email);
  if (!parsedEmail.success || typeof password !== "string" || password.length > 200) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: parsedEmail.data } });
  // Hash even for unknown users so response time does not reveal the e-mail exists.
  const ok = await verifyPassword(password, user?.passwordHash ?? dummyHash);
  if (!user || !ok || !user.active) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return user;
}
