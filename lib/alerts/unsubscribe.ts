// Applies an unsubscribe token: turns the user's preference off, or disables
// the e-mail channel. Idempotent, so a repeated click or a mail client's
// one-click POST after the person's own click does no harm. The result names
// what was stopped, or why nothing was, for the caller to say in its reader's words.
import { getDb } from "@/lib/db";
import type { AlertKey } from "./alert-content";
import { readUnsubscribeToken, type UnsubscribeSubject } from "./unsubscribe-token";

export type UnsubscribeResult = { ok: true; subject: UnsubscribeSubject } | { ok: false; reason: AlertKey };

export async function unsubscribe(token: string): Promise<UnsubscribeResult> {
  const subject = readUnsubscribeToken(token);
  if (!subject) return { ok: false, reason: "unsubscribeInvalid" };
  const db = await getDb();
  if (subject.kind === "user") {
    const updated = await db.user.updateMany({ where: { id: subject.userId }, data: { [subject.preference]: false } });
    if (!updated.count) return { ok: false, reason: "unsubscribeNoAccount" };
    return { ok: true, subject };
  }
  const updated = await db.alertChannel.updateMany({
    where: { id: subject.channelId, kind: "EMAIL" },
    data: { enabled: false },
  });
  if (!updated.count) return { ok: false, reason: "unsubscribeNoChannel" };
  return { ok: true, subject };
}
