// The Settings → Notifications form for a new alert channel: what each kind
// takes as its target (a webhook URL, or an e-mail address), and the events.
import { z } from "zod";
import { AlertChannelKind } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/locales";
import { errorKey } from "@/lib/i18n/validation";
import { isTimeZone } from "@/lib/time-zones";
import { channelEvents } from "./events";

const eventValues = channelEvents.map((e) => e.value) as [string, ...string[]];

export const channelInputSchema = z
  .object({
    kind: z.enum(AlertChannelKind, { error: errorKey("channelKind") }),
    name: z.string().trim().min(1, errorKey("channelName")).max(100),
    target: z.string().trim().min(1).max(2000),
    events: z.array(z.enum(eventValues)).min(1, errorKey("channelEvents")),
    digestHour: z.coerce.number().int().min(0, errorKey("channelHour")).max(23, errorKey("channelHour")).default(8),
    // A channel has no user to take a language and a zone from: its alerts are written in these.
    locale: z.enum(locales, { error: errorKey("channelLocale") }).default("en"),
    timeZone: z.string().trim().refine(isTimeZone, errorKey("timeZoneChoice")).default("UTC"),
  })
  .superRefine((input, ctx) => {
    if (input.kind === "EMAIL") {
      if (!z.email().safeParse(input.target).success)
        ctx.addIssue({ code: "custom", path: ["target"], message: errorKey("channelEmail") });
      return;
    }
    let url: URL | null = null;
    try {
      url = new URL(input.target);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
      const message = errorKey(input.kind === "SLACK" ? "slackUrl" : "teamsUrl");
      ctx.addIssue({ code: "custom", path: ["target"], message });
    }
  });

export type ChannelInput = z.output<typeof channelInputSchema>;

/** What the page shows instead of the secret: the URL's host, or the address's domain. */
export function targetHint(kind: ChannelInput["kind"], target: string): string {
  if (kind === "EMAIL") return `…@${target.split("@").pop()}`;
  return new URL(target).host;
}
