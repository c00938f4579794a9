// The alert events, and which of them a team channel may subscribe to. The
// owner's own e-mails (assigned, due soon, missed) are the user's to turn off
// on the profile page (User.mailAssigned, mailDueSoon, mailMissed).
export const channelEvents = [
  { value: "assigned", label: "Lead assigned" },
  { value: "due-soon", label: "Response due soon (80% of the target)" },
  { value: "missed", label: "Response target missed" },
  { value: "digest", label: "Daily digest" },
  { value: "dead-letter", label: "Destination delivery failed for good" },
  { value: "silence", label: "No leads on a webhook key" },
] as const;

export type ChannelEvent = (typeof channelEvents)[number]["value"];
export type AlertEvent = ChannelEvent | "test";

export const userMailPreferences = [
  { value: "mailAssigned", event: "assigned", label: "A lead is assigned to me" },
  { value: "mailDueSoon", event: "due-soon", label: "My lead's response is due soon" },
  { value: "mailMissed", event: "missed", label: "My lead's response target was missed" },
] as const;

export type MailPreference = (typeof userMailPreferences)[number]["value"];

export function isChannelEvent(value: string): value is ChannelEvent {
  return channelEvents.some((e) => e.value === value);
}

export function preferenceFor(event: string): MailPreference | null {
  return userMailPreferences.find((p) => p.event === event)?.value ?? null;
}
