import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { deleteDestinationAction } from "@/lib/actions/destinations/delete-destination-action";
import { setEnabledAction } from "@/lib/actions/destinations/set-enabled-action";
import { HealthSummary, successRateText } from "@/components/destinations/health-summary";
import { CrmRecord } from "@/components/destinations/crm-record";
import { RawAnswer } from "@/components/destinations/raw-answer";
import { retryDeliveriesAction } from "@/lib/actions/destinations/retry-deliveries-action";
import { SendTestButton } from "@/components/destinations/send-test-button";
import { requirePageUser } from "@/lib/auth/session";
import { deliveryStates, listDestinationDeliveries } from "@/lib/delivery/list-destination-deliveries";
import { listDestinations } from "@/lib/destinations/list-destinations";
import { recordLink } from "@/lib/destinations/registry";
import { LocalTime } from "@/components/ui/local-time";
import type { DeliveryState } from "@/lib/generated/prisma/enums";
import { customerName } from "@/lib/leads/labels";

export const metadata: Metadata = { title: "Destination" };

const stateLabels: Record<DeliveryState, string> = {
  PENDING: "Queued",
  DELIVERED: "Delivered",
  DEAD: "Failed",
  CANCELLED: "Cancelled",
};
const stateBadge: Record<DeliveryState, string> = {
  PENDING: "badge",
  DELIVERED: "badge ok",
  DEAD: "badge danger",
  CANCELLED: "badge",
};

function filterText(values: string[]): string {
  return values.length ? values.join(", ") : "all";
}

export default async function DestinationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ state?: string }>;
}) {
  const { id } = await params;
  await requirePageUser("ADMIN", `/settings/destinations/${id}`);
  const { state: rawState } = await searchParams;
  const destination = /^[0-9a-f-]{36}$/i.test(id) ? (await listDestinations()).find((d) => d.id === id) : undefined;
  if (!destination) notFound();
  const state = deliveryStates.find((s) => s === rawState);
  const { deliveries, byState } = await listDestinationDeliveries(id, state);
  const total = Object.values(byState).reduce((a, b) => a + b, 0);
  const cancelled = destination.health.queued
    ? ` ${destination.health.queued} pending deliveries will be cancelled.`
    : "";
  const deleteConfirm = `Delete "${destination.name}" and its delivery log?${cancelled}`;

  return (
    <>
      <p>
        <Link href="/settings/destinations">← Destinations</Link>
      </p>
      <h1>
        {destination.name} <span className="badge">{destination.label}</span>{" "}
        <span className={destination.enabled ? "badge ok" : "badge"}>
          {destination.enabled ? "Enabled" : "Disabled"}
        </span>
      </h1>
      <section className="panel">
        <div className="inline" style={{ flexWrap: "wrap", gap: "0.75rem", alignItems: "flex-start" }}>
          <Link className="button secondary" href={`/settings/destinations/${id}/edit`}>
            Edit settings
          </Link>
          <ActionButton
            action={setEnabledAction}
            fields={{ id, enabled: String(!destination.enabled) }}
            label={destination.enabled ? "Disable" : "Enable"}
            className="secondary"
            confirmText={
              destination.enabled && destination.health.queued > 0
                ? `Disable "${destination.name}"? Its ${destination.health.queued} queued deliveries will be cancelled.`
                : null
            }
          />
          <ActionButton
            action={deleteDestinationAction}
            fields={{ id }}
            label="Delete"
            className="danger"
            confirmText={deleteConfirm}
          />
        </div>
        <div style={{ marginTop: "1rem" }}>
          <HealthSummary health={destination.health} />
          <p className="muted">
            Success rate: {successRateText(destination.health)} · Sources: {filterText(destination.sources)}
            {" · Actions:"} {filterText(destination.actions)} · Stages: {filterText(destination.stages)}
            {" · Test leads:"} {destination.includeTest ? "included" : "left out"} · Do-not-contact:{" "}
            {destination.includeDoNotContact ? "included" : "left out"}
          </p>
        </div>
        <SendTestButton id={id} />
      </section>

      <h2>Delivery log</h2>
      <div className="inline" style={{ flexWrap: "wrap", marginBottom: "0.75rem" }}>
        <Link
          href={`/settings/destinations/${id}`}
          aria-current={!state ? "page" : undefined}
          className={state ? "button secondary" : "button"}
        >
          All ({total})
        </Link>
        {deliveryStates.map((s) => (
          <Link
            key={s}
            href={`/settings/destinations/${id}?state=${s}`}
            aria-current={state === s ? "page" : undefined}
            className={state === s ? "button" : "button secondary"}
          >
            {stateLabels[s]} ({byState[s]})
          </Link>
        ))}
        {byState.DEAD > 0 && destination.enabled && (
          <ActionButton
            action={retryDeliveriesAction}
            fields={{ scope: "all", destinationId: id }}
            label="Replay all failed"
            pendingLabel="Queueing…"
            className="secondary"
          />
        )}
      </div>
      <section className="panel table-wrap">
        {deliveries.length === 0 ? (
          <p className="muted">No deliveries{state ? ` in this state` : " yet"}.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Lead</th>
                <th>State</th>
                <th>Attempts</th>
                <th>Last result</th>
                <th className="max-sm:hidden">When</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} data-testid={`delivery-${d.leadId}`}>
                  <td>
                    <Link href={`/leads/${d.leadId}`}>{customerName(d.lead)}</Link>
                    <div className="muted" style={{ fontSize: "0.85rem" }}>
                      {d.lead.company ?? ""} {d.lead.offerTitle ?? d.lead.offerId ?? ""}
                    </div>
                  </td>
                  <td>
                    <span className={stateBadge[d.state]}>{stateLabels[d.state]}</span>
                    <div>
                      <CrmRecord
                        record={recordLink(destination.kind, destination.config, d.remoteId)}
                        id={d.remoteId}
                      />
                    </div>
                  </td>
                  <td>{d.attempts}</td>
                  <td style={{ maxWidth: "28rem" }}>
                    {d.lastAttempt ? (
                      <>
                        <span className="muted">
                          {d.lastAttempt.httpStatus === null ? "no answer" : `HTTP ${d.lastAttempt.httpStatus}`} ·{" "}
                          {d.lastAttempt.latencyMs} ms
                        </span>
                        <div style={{ fontSize: "0.9rem" }}>{d.lastAttempt.verdict}</div>
                        <RawAnswer text={d.lastAttempt.responseExcerpt} />
                      </>
                    ) : (
                      <span className="muted">{d.lastError ?? "Not tried yet"}</span>
                    )}
                  </td>
                  <td className="max-sm:hidden">
                    {d.state === "DELIVERED" && d.deliveredAt ? (
                      <>
                        Delivered <LocalTime date={d.deliveredAt} relative />
                      </>
                    ) : d.state === "PENDING" ? (
                      <>
                        Next try <LocalTime date={d.nextAttemptAt} relative />
                      </>
                    ) : (
                      <>
                        Queued <LocalTime date={d.createdAt} relative />
                      </>
                    )}
                  </td>
                  <td>
                    {(d.state === "DEAD" || d.state === "CANCELLED") && destination.enabled && (
                      <ActionButton
                        action={retryDeliveriesAction}
                        fields={{ scope: "one", id: d.id }}
                        label="Retry"
                        pendingLabel="Queueing…"
                        className="secondary"
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
