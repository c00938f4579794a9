// What an unsubscribe link stops, in the reader's words: the e-mail footer,
// the unsubscribe page and the one-click answer all name it the same way.
import type { Translate } from "@/lib/i18n/translator";
import { alertText, type AlertKey } from "./alert-content";
import type { MailPreference } from "./events";
import type { UnsubscribeSubject } from "./unsubscribe-token";

const preferenceWhat: Record<MailPreference, AlertKey> = {
  mailAssigned: "whatAssigned",
  mailDueSoon: "whatDueSoon",
  mailMissed: "whatMissed",
};

/**
 * "e-mails when "a lead is assigned to me"", or for an e-mail channel its alerts
 * (named when the channel's name is known, as in the e-mail's own footer).
 */
export function unsubscribeWhat(subject: UnsubscribeSubject, t: Translate, channelName?: string): string {
  if (subject.kind === "user") return alertText(t, preferenceWhat[subject.preference]);
  return channelName === undefined
    ? alertText(t, "whatChannel")
    : alertText(t, "whatNamedChannel", { name: channelName });
}
