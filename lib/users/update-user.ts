import { getDb } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export class LastAdminError extends UserFacingError {
  override name = "LastAdminError";
}

/** Refuses any change that would leave no active admin. */
async function assertAnotherAdminRemains(userId: string) {
  const db = await getDb();
  const others = await db.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new LastAdminError("Lead desk needs at least one active admin.");
}

export async function setUserRole(userId: string, role: Role) {
  if (role !== "ADMIN") await assertAnotherAdminRemains(userId);
  const db = await getDb();
  return db.user.update({ where: { id: userId }, data: { role } });
}

export async function setUserActive(userId: string, active: boolean) {
  if (!active) await assertAnotherAdminRemains(userId);
  const db = await getDb();
  return db.user.update({ where: { id: userId }, data: { active } });
}
