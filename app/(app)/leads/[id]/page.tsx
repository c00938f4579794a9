import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityLog } from "@/components/leads/activity-log";
import { LeadDeliveries } from "@/components/leads/lead-deliveries";
import { ResponseClockPanel } from "@/components/leads/response-clock-panel";
import { TriagePanel } from "@/components/leads/triage-panel";
import { requirePageUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { describeAction } from "@/lib/ingest/describe-action";
import { assignableUsers } from "@/lib/leads/assignable-users";
import { getLeadDetail } from "@/lib/leads/get-lead-detail";
import { customerName, stageLabels } from "@/lib/leads/labels";
import { customerFields } from "@/lib/leads/lead";
import { statusLabels } from "@/lib/leads/statuses";

export const metadata: Metadata = { title: "Lead" };

const fieldLabels: Record<(typeof customerFields)[number], string> = {
  firstName: "First name",
  lastName: "Last name",
  email: "E-mail",
  phone: "Phone",
  country: "Country",
  company: "Company",
  title: "Title",
};

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser(undefined, `/leads/${encodeURIComponent(id)}`);
  const lead = await getLeadDetail(id);
  if (!lead) notFound();
  const users = await assignableUsers();
  return (
    <>
      <p>
        <Link href="/leads">← Leads</Link>
      </p>
      <div className="inline wrap">
        <h1>{customerName(lead)}</h1>
        <span className={`badge status-${lead.status.toLowerCase()}`} data-testid="lead-status">
          {statusLabels[lead.status]}
        </span>
        {lead.isTest && <span className="badge">Test</span>}
        {lead.doNotContact && <span className="badge danger">Do not contact</span>}
        {lead.duplicateOf && (
          <Link className="badge" href={`/leads/${lead.duplicateOf.id}`}>
            Duplicate of the lead of {formatDateTime(lead.duplicateOf.receivedAt)}
          </Link>
        )}
      </div>
      {lead.status === "DISQUALIFIED" && lead.disqualifyReason && <p className="muted">Disqualified: {lead.disqualifyReason}</p>}
      <div className="lead-layout">
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
                <dd>{formatDateTime(lead.receivedAt)}</dd>
              </div>
              {lead.sourceCreatedAt && (
                <div>
                  <dt>Created at source</dt>
                  <dd>{formatDateTime(lead.sourceCreatedAt)}</dd>
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
                          <Link href={`/leads/${h.id}`}>{formatDateTime(h.receivedAt)}</Link>
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
              Received {formatDateTime(lead.receipt.receivedAt)} from {lead.receipt.clientAddress ?? "an unknown address"} as{" "}
              {lead.receipt.contentType ?? "no content type"}, {lead.receipt.bodySize.toLocaleString("en")} bytes
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
            <p className="muted small" data-testid="lead-owner">Owner: {lead.owner ? lead.owner.name || lead.owner.email : "nobody"}</p>
            <ResponseClockPanel lead={lead} now={new Date()} />
            <TriagePanel leadId={lead.id} status={lead.status} ownerId={lead.ownerId} doNotContact={lead.doNotContact} users={users} />
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
