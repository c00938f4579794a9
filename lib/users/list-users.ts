import { getDb } from "@/lib/db";

export async function listUsers() {
  const db = await getDb();
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      createdAt: true,
      lastLoginAt: true,
      mustChangePassword: true,
    },
  });
}
