import { CrmRecord } from "@/components/destinations/crm-record";
import { RawAnswer } from "@/components/destinations/raw-answer";
import { LocalTime } from "@/components/ui/local-time";
import type { LeadDetail } from "@/lib/leads/get-lead-detail";

const stateBadge = { PENDING: "badge", DELIVERED: "badge ok", DEAD: "badge danger", CANCELLED: "badge" } as const;

/** Each destination's delivery of this lead, with its attempt log (filled by the delivery worker). */
export function LeadDeliveries({ deliveries }: { deliveries: LeadDetail["deliveries"] }) {
  if (!deliveries.length) return <p className="muted">No destination was set to receive this lead.</p>;
  return (
    <ul className="plain">
      {deliveries.map((d) => (
        <li key={d.id} className="delivery" data-testid={`delivery-${d.destination.name}`}>
          <div className="inline wrap">
            <strong>{d.destination.name}</strong>
            <span className="muted">{d.destination.kind}</span>
            <span className={stateBadge[d.state]}>
              {d.state === "PENDING" && d.attempts > 0 ? "Retrying" : d.state.toLowerCase()}
            </span>
            <span className="muted small">
              {d.attempts} attempt{d.attempts === 1 ? "" : "s"}
              {d.deliveredAt && (
                <>
                  {" "}
                  · delivered <LocalTime date={d.deliveredAt} />
                </>
              )}
              {d.state === "PENDING" && (
                <>
                  {" "}
                  · next try <LocalTime date={d.nextAttemptAt} />
                </>
              )}
            </span>
            <CrmRecord record={d.record} id={d.remoteId} />
          </div>
          {d.lastError && <p className="alert error small">{d.lastError}</p>}
          {d.attemptLog.length > 0 && (
            <details>
              <summary>Attempt log</summary>
              <div className="overflow-x-auto">
                <table>
                  <thead>
                    <tr>
                      <th>When</th>
                      <th>Result</th>
                      <th>HTTP</th>
                      <th>Time</th>
                      <th>Answer</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.attemptLog.map((a) => (
                      <tr key={a.id}>
                        <td className="nowrap">
                          <LocalTime date={a.startedAt} />
                        </td>
                        <td>
                          <span className={a.ok ? "badge ok" : "badge danger"}>{a.verdict}</span>
                        </td>
                        <td>{a.httpStatus ?? "—"}</td>
                        <td>{a.latencyMs} ms</td>
                        <td className="small">
                          <RawAnswer text={a.responseExcerpt} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
