// Sessions are rows (the `sessions` table); the cookie only names one. Signing
// out deletes that row; deactivation, a password change or reset, a role
// change and "sign out everywhere" delete all of the user's rows, so every
// cookie issued before stops working at once, on every instance, and
// reactivating a user revives none of them.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const sessionHours = 12;

type Db = Prisma.TransactionClient | Awaited<ReturnType<typeof getDb>>;

/** Opens a session at sign-in (clearing the user's expired ones): its id goes into the cookie. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  const db = await getDb();
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const expiresAt = new Date(now.getTime() + sessionHours * 3600_000);
  const row = await db.session.create({ data: { userId, expiresAt }, select: { id: true } });
  return row.id;
}

/** The user of an open session (not ended, not past its fixed expiry, user active), else null. One read. */
export async function openSessionUser(sessionId: string, userId: string, now = new Date()) {
  const db = await getDb();
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          active: true,
          mustChangePassword: true,
          listDensity: true,
          timeZone: true,
          locale: true,
        },
      },
    },
  });
  const user = session?.user;
  return session && user?.active && user.id === userId && session.expiresAt > now ? user : null;
}

export async function endSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of the user; pass a transaction to end them together with the change that requires it. */
export async function endUserSessions(userId: string, db?: Db): Promise<number> {
  const client = db ?? (await getDb());
  return (await client.session.deleteMany({ where: { userId } })).count;
}
