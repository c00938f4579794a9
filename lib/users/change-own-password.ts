import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { UserFacingError } from "@/lib/errors";
import { setPassword } from "./set-password";
import { WeakPasswordError } from "./weak-password-error";

/** A signed-in user's own change: the current password proves it is them, the new one must pass the policy. */
export async function changeOwnPassword(userId: string, currentPassword: string, newPassword: string) {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new UserFacingError("currentPasswordWrong");
  }
  if (currentPassword === newPassword) {
    throw new WeakPasswordError("passwordUnchanged");
  }
  return setPassword(userId, newPassword, { mustChange: false });
}
