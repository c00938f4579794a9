// A user's own alert e-mails (Profile → E-mail alerts).
import { getDb } from "@/lib/db";
import { userMailPreferences, type MailPreference } from "./events";

export type MailPreferences = Record<MailPreference, boolean>;

export async function getMailPreferences(userId: string): Promise<MailPreferences> {
  const db = await getDb();
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { mailAssigned: true, mailDueSoon: true, mailMissed: true },
  });
}

/** Every preference named in `chosen` on, the others off. */
export async function setMailPreferences(userId: string, chosen: ReadonlySet<string>): Promise<void> {
  const db = await getDb();
  const data = Object.fromEntries(userMailPreferences.map((p) => [p.value, chosen.has(p.value)]));
  await db.user.update({ where: { id: userId }, data });
}
