// A lead in full: customer, what happened, history, deliveries, the raw
// receipt, triage and activity. The lead page shows it, and so does the
// preview sheet over the list (app/(app)/leads/@preview), in one column.
import Link from "next/link";
import { SheetTitle } from "@/components/ui/sheet";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import type { UserOption } from "@/components/leads/bulk-bar";
import { describeAction } from "@/lib/ingest/describe-action";
import type { LeadDetail as Lead } from "@/lib/leads/get-lead-detail";
import { customerName, stageLabels } from "@/lib/leads/labels";
import { customerFields } from "@/lib/leads/lead";
import { statusLabels } from "@/lib/leads/statuses";
import { ActivityLog } from "./activity-log";
import { statusVariant } from "./lead-badges";
import { LeadDeliveries } from "./lead-deliveries";
import { ResponseClockPanel } from "./response-clock-panel";
import { TriagePanel } from "./triage-panel";

const fieldLabels: Record<(typeof customerFields)[number], string> = {
  firstName: "First name",
  lastName: "Last name",
  email: "E-mail",
  phone: "Phone",
  country: "Country",
  company: "Company",
  title: "Title",
};

export function LeadDetail({ lead, users, inSheet = false }: { lead: Lead; users: UserOption[]; inSheet?: boolean }) {
  const { receipt } = lead;
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        {inSheet ? (
          <SheetTitle asChild>
            <h1 className="m-0">{customerName(lead)}</h1>
          </SheetTitle>
        ) : (
          <h1 className="m-0">{customerName(lead)}</h1>
        )}
        <Badge variant={statusVariant[lead.status]} data-testid="lead-status">
          {statusLabels[lead.status]}
        </Badge>
        {lead.isTest && <Badge>Test</Badge>}
        {lead.doNotContact && <Badge variant="destructive">Do not contact</Badge>}
        {lead.duplicateOf && (
          <Link className="badge" href={`/leads/${lead.duplicateOf.id}`}>
            Duplicate of the lead of <LocalTime date={lead.duplicateOf.receivedAt} />
          </Link>
        )}
      </div>
      {lead.status === "DISQUALIFIED" && lead.disqualifyReason && (
        <p className="muted">Disqualified: {lead.disqualifyReason}</p>
      )}
      <div className={inSheet ? "grid grid-cols-[minmax(0,1fr)] gap-4" : "lead-layout"}>
        <div>
          <section className="panel">
            <h2>Customer</h2>
            <dl className="fields">
              {customerFields.map((f) => (
                <div key={f}>
                  <dt>{fieldLabels[f]}</dt>
                  <dd>{lead[f] ?? <span className="muted">not given</span>}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="panel">
            <h2>What happened</h2>
            <p data-testid="lead-meaning">{describeAction(lead.source, lead.action)}</p>
            <dl className="fields">
              <div>
                <dt>Source</dt>
                <dd>{lead.source ?? "—"}</dd>
              </div>
              <div>
                <dt>Action</dt>
                <dd>{lead.action ?? "—"}</dd>
              </div>
              <div>
                <dt>Offer</dt>
                <dd>
                  {lead.offerTitle ?? "—"} {lead.offerId && <code>{lead.offerId}</code>}
                </dd>
              </div>
              <div>
                <dt>Funnel stage</dt>
                <dd>{stageLabels[lead.stage]}</dd>
              </div>
              <div>
                <dt>Lead source as sent</dt>
                <dd>
                  <code>{lead.leadSource ?? "—"}</code>
                </dd>
              </div>
              <div>
                <dt>Received</dt>
                <dd>
                  <LocalTime date={lead.receivedAt} />
                </dd>
              </div>
              {lead.sourceCreatedAt && (
                <div>
                  <dt>Created at source</dt>
                  <dd>
                    <LocalTime date={lead.sourceCreatedAt} />
                  </dd>
                </div>
              )}
              {lead.description && (
                <div>
                  <dt>Description</dt>
                  <dd className="pre-line">{lead.description}</dd>
                </div>
              )}
            </dl>
          </section>
          <section className="panel">
            <h2>Customer history</h2>
            {lead.history.length === 0 ? (
              <p className="muted">No other leads from this customer.</p>
            ) : (
              <div className="table-wrap">
                <table aria-label="Customer history">
                  <thead>
                    <tr>
                      <th>Received</th>
                      <th>Source</th>
                      <th>Offer</th>
                      <th>Stage</th>
                      <th>Status</th>
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
                        <td>{stageLabels[h.stage]}</td>
                        <td>{statusLabels[h.status]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="panel">
            <h2>Deliveries</h2>
            <LeadDeliveries deliveries={lead.deliveries} />
          </section>
          <section className="panel">
            <h2>Raw receipt</h2>
            <p className="muted small">
              Received <LocalTime date={lead.receipt.receivedAt} /> from{" "}
              {lead.receipt.clientAddress ?? "an unknown address"} as {receipt.contentType ?? "no content type"},{" "}
              {lead.receipt.bodySize.toLocaleString("en")} bytes
              {lead.receipt.truncated && " (truncated)"}.
            </p>
            {/* Rendered as text by React: the body is escaped, never interpreted. */}
            <pre className="raw-body" data-testid="raw-body">
              {lead.receipt.text}
            </pre>
          </section>
        </div>
        <aside>
          <section className="panel">
            <h2>Triage</h2>
            <p className="muted small" data-testid="lead-owner">
              Owner: {lead.owner ? lead.owner.name || lead.owner.email : "nobody"}
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
            <h2>Activity</h2>
            <ActivityLog activities={lead.activities} />
          </section>
        </aside>
      </div>
    </>
  );
}
