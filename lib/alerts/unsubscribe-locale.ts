// The unsubscribe page speaks the language of the person the link was mailed
// to, when they chose one; otherwise the request's (the browser's).
import { getDb } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { UnsubscribeSubject } from "./unsubscribe-token";

export async function unsubscribeLocale(subject: UnsubscribeSubject | null, requestLocale: Locale): Promise<Locale> {
  if (subject?.kind !== "user") return requestLocale;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: subject.userId }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : requestLocale;
}
