// A lead in full: customer, what happened, history, deliveries, the raw
// receipt, triage and activity. The lead page shows it, and so does the
// preview sheet over the list (app/(app)/leads/@preview), in one column.
// Marketplace values (source, action code, offer id, lead source, the body) are shown as sent.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SheetTitle } from "@/components/ui/sheet";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import type { UserOption } from "@/components/leads/bulk-bar";
import { actionMessage } from "@/lib/ingest/describe-action";
import type { LeadDetail as Lead } from "@/lib/leads/get-lead-detail";
import { customerName } from "@/lib/leads/labels";
import { customerFields } from "@/lib/leads/lead";
import { ActivityLog } from "./activity-log";
import { statusVariant } from "./lead-badges";
import { LeadDeliveries } from "./lead-deliveries";
import { ResponseClockPanel } from "./response-clock-panel";
import { TriagePanel } from "./triage-panel";

export function LeadDetail({ lead, users, inSheet = false }: { lead: Lead; users: UserOption[]; inSheet?: boolean }) {
  const t = useTranslations("lead");
  const domain = useTranslations("domain");
  const { receipt } = lead;
  const name = customerName(lead, domain("noName"));
  const meaning = actionMessage(lead.source, lead.action);
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        {inSheet ? (
          <SheetTitle asChild>
            <h1 className="m-0">{name}</h1>
          </SheetTitle>
        ) : (
          <h1 className="m-0">{name}</h1>
        )}
        <Badge variant={statusVariant[lead.status]} data-testid="lead-status">
          {domain(`status.${lead.status}`)}
        </Badge>
        {lead.isTest && <Badge>{domain("test")}</Badge>}
        {lead.doNotContact && <Badge variant="destructive">{t("doNotContact")}</Badge>}
        {lead.duplicateOf && (
          <Link className="badge" href={`/leads/${lead.duplicateOf.id}`}>
            {t.rich("duplicateOf", { time: () => <LocalTime date={lead.duplicateOf!.receivedAt} /> })}
          </Link>
        )}
      </div>
      {lead.status === "DISQUALIFIED" && lead.disqualifyReason && (
        <p className="muted">{t("disqualified", { reason: lead.disqualifyReason })}</p>
      )}
      <div className={inSheet ? "grid grid-cols-[minmax(0,1fr)] gap-4" : "lead-layout"}>
        <div>
          <section className="panel">
            <h2>{t("panel.customer")}</h2>
            <dl className="fields">
              {customerFields.map((f) => (
                <div key={f}>
                  <dt>{t(`field.${f}`)}</dt>
                  <dd>{lead[f] ?? <span className="muted">{t("notGiven")}</span>}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="panel">
            <h2>{t("panel.whatHappened")}</h2>
            <p data-testid="lead-meaning">{domain(meaning.key, meaning.values)}</p>
            <dl className="fields">
              <div>
                <dt>{t("field.source")}</dt>
                <dd>{lead.source ?? "—"}</dd>
              </div>
              <div>
                <dt>{t("field.action")}</dt>
                <dd>{lead.action ?? "—"}</dd>
              </div>
              <div>
                <dt>{t("field.offer")}</dt>
                <dd>
                  {lead.offerTitle ?? "—"} {lead.offerId && <code>{lead.offerId}</code>}
                </dd>
              </div>
              <div>
                <dt>{t("field.stage")}</dt>
                <dd>{domain(`stage.${lead.stage}`)}</dd>
              </div>
              <div>
                <dt>{t("field.leadSource")}</dt>
                <dd>
                  <code>{lead.leadSource ?? "—"}</code>
                </dd>
              </div>
              <div>
                <dt>{t("field.received")}</dt>
                <dd>
                  <LocalTime date={lead.receivedAt} />
                </dd>
              </div>
              {lead.sourceCreatedAt && (
                <div>
                  <dt>{t("field.sourceCreatedAt")}</dt>
                  <dd>
                    <LocalTime date={lead.sourceCreatedAt} />
                  </dd>
                </div>
              )}
              {lead.description && (
                <div>
                  <dt>{t("field.description")}</dt>
                  <dd className="pre-line">{lead.description}</dd>
                </div>
              )}
            </dl>
          </section>
          <section className="panel">
            <h2>{t("panel.history")}</h2>
            {lead.history.length === 0 ? (
              <p className="muted">{t("history.empty")}</p>
            ) : (
              <div className="table-wrap">
                <table aria-label={t("panel.history")}>
                  <thead>
                    <tr>
                      <th>{t("field.received")}</th>
                      <th>{t("field.source")}</th>
                      <th>{t("field.offer")}</th>
                      <th>{t("history.stage")}</th>
                      <th>{t("history.status")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {lead.history.map((h) => (
                      <tr key={h.id}>
                        <td className="nowrap">
                          <Link href={`/leads/${h.id}`}>
                            <LocalTime date={h.receivedAt} />
                          </Link>
                        </td>
                        <td>
                          {h.source ?? "—"} {h.action && <span className="badge">{h.action}</span>}
                        </td>
                        <td>{h.offerTitle ?? h.offerId ?? "—"}</td>
                        <td>{domain(`stage.${h.stage}`)}</td>
                        <td>{domain(`status.${h.status}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="panel">
            <h2>{t("panel.deliveries")}</h2>
            <LeadDeliveries deliveries={lead.deliveries} />
          </section>
          <section className="panel">
            <h2>{t("panel.raw")}</h2>
            <p className="muted small">
              {t.rich("raw.summary", {
                time: () => <LocalTime date={receipt.receivedAt} />,
                address: receipt.clientAddress ?? t("raw.unknownAddress"),
                contentType: receipt.contentType ?? t("raw.noContentType"),
                size: receipt.bodySize,
                truncated: receipt.truncated ? "yes" : "no",
              })}
            </p>
            {/* Rendered as text by React: the body is escaped, never interpreted. */}
            <pre className="raw-body" data-testid="raw-body">
              {receipt.text}
            </pre>
          </section>
        </div>
        <aside>
          <section className="panel">
            <h2>{t("panel.triage")}</h2>
            <p className="muted small" data-testid="lead-owner">
              {lead.owner ? t("owner", { name: lead.owner.name || lead.owner.email }) : t("noOwner")}
            </p>
            <ResponseClockPanel lead={lead} now={new Date()} />
            <TriagePanel
              leadId={lead.id}
              status={lead.status}
              ownerId={lead.ownerId}
              doNotContact={lead.doNotContact}
              users={users}
            />
          </section>
          <section className="panel">
            <h2>{t("panel.activity")}</h2>
            <ActivityLog activities={lead.activities} />
          </section>
        </aside>
      </div>
    </>
  );
}
