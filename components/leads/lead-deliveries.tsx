import { useTranslations } from "next-intl";
import { CrmRecord } from "@/components/destinations/crm-record";
import { RawAnswer } from "@/components/destinations/raw-answer";
import { LocalTime } from "@/components/ui/local-time";
import type { LeadDetail } from "@/lib/leads/get-lead-detail";

const stateBadge = { PENDING: "badge", DELIVERED: "badge ok", DEAD: "badge danger", CANCELLED: "badge" } as const;

/**
 * Each destination's delivery of this lead, with its attempt log (filled by the delivery worker).
 * The CRM's verdicts and errors are shown as recorded.
 */
export function LeadDeliveries({ deliveries }: { deliveries: LeadDetail["deliveries"] }) {
  const t = useTranslations("lead");
  if (!deliveries.length) return <p className="muted">{t("deliveries.none")}</p>;
  return (
    <ul className="plain">
      {deliveries.map((d) => (
        <li key={d.id} className="delivery" data-testid={`delivery-${d.destination.name}`}>
          <div className="inline wrap">
            <strong>{d.destination.name}</strong>
            <span className="muted">{d.destination.kind}</span>
            <span className={stateBadge[d.state]}>
              {d.state === "PENDING" && d.attempts > 0 ? t("deliveries.retrying") : t(`deliveries.state.${d.state}`)}
            </span>
            <span className="muted small">
              {t("deliveries.attempts", { count: d.attempts })}
              {d.deliveredAt && (
                <>
                  {" · "}
                  {t.rich("deliveries.delivered", { time: () => <LocalTime date={d.deliveredAt!} /> })}
                </>
              )}
              {d.state === "PENDING" && (
                <>
                  {" · "}
                  {t.rich("deliveries.nextTry", { time: () => <LocalTime date={d.nextAttemptAt} /> })}
                </>
              )}
            </span>
            <CrmRecord record={d.record} id={d.remoteId} />
          </div>
          {d.lastError && <p className="alert error small">{d.lastError}</p>}
          {d.attemptLog.length > 0 && (
            <details>
              <summary>{t("deliveries.attemptLog")}</summary>
              <div className="overflow-x-auto">
                <table>
                  <thead>
                    <tr>
                      <th>{t("deliveries.when")}</th>
                      <th>{t("deliveries.result")}</th>
                      <th>HTTP</th>
                      <th>{t("deliveries.time")}</th>
                      <th>{t("deliveries.answer")}</th>
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
                        <td>{t("deliveries.latency", { ms: a.latencyMs })}</td>
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
