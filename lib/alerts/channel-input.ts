// The Settings → Notifications form for a new alert channel: what each kind
// takes as its target (a webhook URL, or an e-mail address), and the events.
import { z } from "zod";
import { channelEvents } from "./events";

const eventValues = channelEvents.map((e) => e.value) as [string, ...string[]];

export const channelInputSchema = z
  .object({
    kind: z.enum(["EMAIL", "SLACK", "TEAMS"], { error: "Choose e-mail, Slack or Microsoft Teams." }),
    name: z.string().trim().min(1, "Give the channel a name.").max(100, "At most 100 characters."),
    target: z.string().trim().min(1, "Required.").max(2000, "At most 2,000 characters."),
    events: z.array(z.enum(eventValues)).min(1, "Choose at least one event."),
    digestHour: z.coerce.number().int().min(0, "0 to 23.").max(23, "0 to 23.").default(8),
  })
  .superRefine((input, ctx) => {
    if (input.kind === "EMAIL") {
      if (!z.email().safeParse(input.target).success)
        ctx.addIssue({ code: "custom", path: ["target"], message: "Enter one e-mail address." });
      return;
    }
    let url: URL | null = null;
    try {
      url = new URL(input.target);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
      const example =
        input.kind === "SLACK" ? "https://hooks.slack.com/services/…" : "the Workflows app's https://… URL";
      ctx.addIssue({ code: "custom", path: ["target"], message: `Paste the webhook URL (${example}).` });
    }
  });

export type ChannelInput = z.output<typeof channelInputSchema>;

/** What the page shows instead of the secret: the URL's host, or the address's domain. */
export function targetHint(kind: ChannelInput["kind"], target: string): string {
  if (kind === "EMAIL") return `…@${target.split("@").pop()}`;
  return new URL(target).host;
}
