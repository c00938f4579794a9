// Sends one stored alert message to its recipient, whatever the channel:
// a user's e-mail (with their preference's unsubscribe link), an e-mail
// channel (with the channel's), Slack (Block Kit) or Teams (Adaptive Card).
// Each is said in the recipient's language and time zone: a user's own
// (English and UTC when they chose none), a channel's settings.
import type { AlertChannel, AlertMessage, User } from "@/lib/generated/prisma/client";
import { localeOr, translatorFor } from "@/lib/i18n/translator";
import type { OutboundFetch } from "@/lib/security/guarded-fetch";
import { readContent } from "./alert-content";
import { openTarget } from "./channels";
import { preferenceFor, type MailPreference } from "./events";
import { renderEmail } from "./render-email";
import { slackMessage } from "./render-slack";
import { teamsMessage } from "./render-teams";
import { sayAlert, type Reader } from "./say-alert";
import { postChat } from "./send-chat";
import { sendEmail } from "./send-email";
import { notSent, type AlertSendOutcome } from "./send-outcome";
import { unsubscribeUrls, type UnsubscribeSubject } from "./unsubscribe-token";
import { unsubscribeWhat } from "./unsubscribe-what";

export type LoadedMessage = AlertMessage & {
  channel: AlertChannel | null;
  user: Pick<User, "id" | "email" | "active" | "locale" | "timeZone" | MailPreference> | null;
};

/** "email" | "slack" | "teams": the metric label and the log's "via". */
export function viaOf(message: LoadedMessage): string {
  return message.channel ? message.channel.kind.toLowerCase() : "email";
}

async function readerFor(who: { locale: string | null; timeZone: string | null }): Promise<Reader> {
  const locale = localeOr(who.locale);
  return { t: await translatorFor(locale), locale, timeZone: who.timeZone || "UTC" };
}

export async function sendAlert(
  message: LoadedMessage,
  options: { fetch?: OutboundFetch } = {},
): Promise<AlertSendOutcome> {
  const content = readContent(message.content);
  if (message.user) {
    if (!message.user.active) return notSent("The user has been deactivated.", "skip");
    const preference = preferenceFor(message.event);
    if (!preference) return notSent(`No e-mail preference covers "${message.event}".`, "skip");
    // Turned off after the alert was written, before it went out.
    if (!message.user[preference]) return notSent("The user turned these e-mails off.", "skip");
    const reader = await readerFor(message.user);
    const subject: UnsubscribeSubject = { kind: "user", userId: message.user.id, preference };
    const urls = unsubscribeUrls(subject);
    return sendEmail({
      ...renderEmail(sayAlert(content, reader), urls.page, unsubscribeWhat(subject, reader.t), reader.t),
      to: message.user.email,
      unsubscribe: urls,
    });
  }
  const channel = message.channel;
  if (!channel) return notSent("The recipient no longer exists.", "skip");
  if (!channel.enabled) return notSent("The channel is disabled.", "skip");
  let target: string;
  try {
    target = openTarget(channel);
  } catch (error) {
    // The key may be put back (ENCRYPTION_KEY): worth retrying.
    return notSent(
      `The channel's stored address could not be read (${(error as Error).message}) Re-create the channel.`,
      "retry",
    );
  }
  const reader = await readerFor(channel);
  const said = sayAlert(content, reader);
  if (channel.kind === "EMAIL") {
    const subject: UnsubscribeSubject = { kind: "channel", channelId: channel.id };
    const urls = unsubscribeUrls(subject);
    return sendEmail({
      ...renderEmail(said, urls.page, unsubscribeWhat(subject, reader.t, channel.name), reader.t),
      to: target,
      unsubscribe: urls,
    });
  }
  const payload = channel.kind === "SLACK" ? slackMessage(said) : teamsMessage(said);
  return postChat(target, payload, options.fetch);
}
