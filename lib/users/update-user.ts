import { getDb } from "@/lib/db";
import { endUserSessions } from "@/lib/auth/session-rows";
import { UserFacingError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export class LastAdminError extends UserFacingError {
  override name = "LastAdminError";
}

/** Refuses any change that would leave no active admin. */
async function assertAnotherAdminRemains(userId: string) {
  const db = await getDb();
  const others = await db.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new LastAdminError("lastAdmin");
}

/** A new role ends the user's sessions (with the change), so they sign in again under it. */
export async function setUserRole(userId: string, role: Role) {
  if (role !== "ADMIN") await assertAnotherAdminRemains(userId);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
    if (before.role !== role) await endUserSessions(userId, tx);
    return tx.user.update({ where: { id: userId }, data: { role } });
  });
}

/** Deactivation ends every session of the user; reactivating revives none of them. */
export async function setUserActive(userId: string, active: boolean) {
  if (!active) await assertAnotherAdminRemains(userId);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (!active) await endUserSessions(userId, tx);
    return tx.user.update({ where: { id: userId }, data: { active } });
  });
}
