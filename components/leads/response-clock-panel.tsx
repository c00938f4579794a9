import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";
import { DueBadge } from "./lead-badges";
import { readClock, type ClockFields } from "@/lib/leads/response-clock";

/** The lead page's clock: the state in words, the due time, and when it stopped. */
export function ResponseClockPanel({ lead, now }: { lead: ClockFields & { receivedAt: Date }; now: Date }) {
  const t = useTranslations("lead");
  const clock = readClock(lead, now);
  if (clock.state === "none")
    return (
      <p className="text-sm text-muted-foreground" data-testid="response-clock">
        {t("clock.none")}
      </p>
    );
  return (
    <div data-testid="response-clock" data-state={clock.state}>
      <p>
        <DueBadge clock={clock} />
      </p>
      <p className="text-sm text-muted-foreground">
        {"respondedAt" in clock
          ? t.rich("clock.stopped", {
              due: () => <LocalTime date={clock.dueAt} />,
              stopped: () => <LocalTime date={clock.respondedAt} />,
            })
          : t.rich("clock.running", { time: () => <LocalTime date={clock.dueAt} /> })}
      </p>
    </div>
  );
}
