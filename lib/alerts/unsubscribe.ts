// Applies an unsubscribe token: turns the user's preference off, or disables
// the e-mail channel. Idempotent, so a repeated click or a mail client's
// one-click POST after the person's own click does no harm.
import { getDb } from "@/lib/db";
import { userMailPreferences } from "./events";
import { readUnsubscribeToken } from "./unsubscribe-token";

export type UnsubscribeResult = { ok: true; what: string } | { ok: false; message: string };

export async function unsubscribe(token: string): Promise<UnsubscribeResult> {
  const subject = readUnsubscribeToken(token);
  if (!subject)
    return { ok: false, message: "This unsubscribe link is not valid. Copy the whole link from the e-mail." };
  const db = await getDb();
  if (subject.kind === "user") {
    const updated = await db.user.updateMany({ where: { id: subject.userId }, data: { [subject.preference]: false } });
    if (!updated.count) return { ok: false, message: "The account this link was sent to no longer exists." };
    const label = userMailPreferences.find((p) => p.value === subject.preference)!.label;
    return { ok: true, what: `e-mails when "${label.toLowerCase()}"` };
  }
  const updated = await db.alertChannel.updateMany({
    where: { id: subject.channelId, kind: "EMAIL" },
    data: { enabled: false },
  });
  if (!updated.count) return { ok: false, message: "The alert channel this link was sent for no longer exists." };
  return { ok: true, what: "this address's Lead desk alerts (an admin can turn them on again)" };
}
