import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { endUserSessions } from "@/lib/auth/session-rows";
import { NotFoundError } from "@/lib/errors";
import { WeakPasswordError } from "./weak-password-error";

/**
 * Stores a new password for a user, after the password policy, and ends every
 * session of theirs with it. mustChange: whether the user has to choose
 * another at their next sign-in (an admin's reset).
 */
export async function setPassword(userId: string, password: string, { mustChange }: { mustChange: boolean }) {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw new NotFoundError("userGone");
  WeakPasswordError.assert(password, user.email);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    await endUserSessions(userId, tx);
    return tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: mustChange },
      select: { id: true, email: true },
    });
  });
}
