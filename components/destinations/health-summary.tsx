import type { DestinationHealth } from "@/lib/destinations/list-destinations";
import { LocalTime } from "@/components/ui/local-time";

export function successRateText(health: DestinationHealth): string {
  if (health.successRate24h === null) return "No attempts in 24 h";
  return `${Math.round(health.successRate24h * 100)} % of ${health.attempts24h} in 24 h`;
}

/** Last success and last error of a destination's real deliveries. */
export function HealthSummary({ health }: { health: DestinationHealth }) {
  return (
    <>
      <div>
        {health.lastSuccessAt ? (
          <span className="badge ok">
            Last success <LocalTime date={health.lastSuccessAt} />
          </span>
        ) : (
          <span className="muted">No delivery yet</span>
        )}
      </div>
      {health.lastError && (
        <div style={{ marginTop: "0.25rem" }}>
          <span className="badge danger">
            Last error <LocalTime date={health.lastError.at} />
          </span>{" "}
          <span className="muted" style={{ fontSize: "0.85rem" }}>
            {health.lastError.verdict.length > 160
              ? `${health.lastError.verdict.slice(0, 160)}…`
              : health.lastError.verdict}
          </span>
        </div>
      )}
    </>
  );
}
