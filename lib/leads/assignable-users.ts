import { getDb } from "@/lib/db";

/** Active users a lead can be assigned to, for owner menus. */
export async function assignableUsers() {
  const db = await getDb();
  const users = await db.user.findMany({
    where: { active: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true },
  });
  return users.map((u) => ({ id: u.id, label: u.name ? `${u.name} (${u.email})` : u.email }));
}
