import { formatDateTime } from "@/lib/format";
import { describeClock, readClock, type ClockFields } from "@/lib/leads/response-clock";

/** The lead page's clock: the state in words, the due time, and when it stopped. */
export function ResponseClockPanel({ lead, now }: { lead: ClockFields & { receivedAt: Date }; now: Date }) {
  const clock = readClock(lead, now);
  if (clock.state === "none") return <p className="muted small" data-testid="response-clock">No response target for this lead.</p>;
  return (
    <div data-testid="response-clock" data-state={clock.state}>
      <p>
        <span className={`badge sla-${clock.state}`}>{describeClock(clock)}</span>
      </p>
      <p className="muted small">
        First response due {formatDateTime(clock.dueAt)}
        {"respondedAt" in clock ? `; the clock stopped ${formatDateTime(clock.respondedAt)}.` : "; it stops at the first status change or note."}
      </p>
    </div>
  );
}
