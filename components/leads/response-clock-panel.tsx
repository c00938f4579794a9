import { LocalTime } from "@/components/ui/local-time";
import { DueBadge } from "./lead-badges";
import { readClock, type ClockFields } from "@/lib/leads/response-clock";

/** The lead page's clock: the state in words, the due time, and when it stopped. */
export function ResponseClockPanel({ lead, now }: { lead: ClockFields & { receivedAt: Date }; now: Date }) {
  const clock = readClock(lead, now);
  if (clock.state === "none")
    return (
      <p className="muted small" data-testid="response-clock">
        No response target for this lead.
      </p>
    );
  return (
    <div data-testid="response-clock" data-state={clock.state}>
      <p>
        <DueBadge clock={clock} />
      </p>
      <p className="muted small">
        First response due <LocalTime date={clock.dueAt} />
        {"respondedAt" in clock ? (
          <>
            ; the clock stopped <LocalTime date={clock.respondedAt} />.
          </>
        ) : (
          "; it stops at the first status change or note."
        )}
      </p>
    </div>
  );
}
