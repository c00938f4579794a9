import type { Metadata } from "next";
import Link from "next/link";
import { EncryptionKeyNotice } from "@/components/destinations/encryption-key-notice";
import { HealthSummary, successRateText } from "@/components/destinations/health-summary";
import { SendTestButton } from "@/components/destinations/send-test-button";
import { requirePageUser } from "@/lib/auth/session";
import { listDestinations } from "@/lib/destinations/list-destinations";
import { destinationAdapters } from "@/lib/destinations/registry";
import { encryptionKeyStatus } from "@/lib/security/encryption-key-status";

export const metadata: Metadata = { title: "Destinations" };

export default async function DestinationsPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string; cancelled?: string }>;
}) {
  await requirePageUser("ADMIN", "/settings/destinations");
  const [destinations, { deleted, cancelled }] = await Promise.all([listDestinations(), searchParams]);
  const cancelledCount = Number(cancelled) || 0;
  return (
    <>
      <h1>Destinations</h1>
      <p className="muted">
        Every new lead is forwarded to each enabled destination whose filters match. Failed sends are retried for about
        two days, then shown here as failed for a manual replay.
      </p>
      {deleted && (
        <p className="alert ok" role="status">
          Destination deleted.{" "}
          {cancelledCount
            ? `${cancelledCount} pending deliveries were cancelled.`
            : "Nothing was waiting to be sent to it."}
        </p>
      )}
      <EncryptionKeyNotice status={encryptionKeyStatus()} />
      <section className="panel">
        <h2 style={{ marginTop: 0 }}>Add a destination</h2>
        <div className="inline" style={{ flexWrap: "wrap" }}>
          {Object.values(destinationAdapters).map((a) => (
            <Link
              key={a.kind}
              className="button secondary"
              href={`/settings/destinations/new?kind=${a.kind}`}
              title={a.description}
            >
              {a.label}
            </Link>
          ))}
        </div>
      </section>
      {destinations.length === 0 ? (
        <section className="panel empty">
          <h2>No destinations yet</h2>
          <p className="muted">
            Leads are stored and shown in Lead desk; add a destination to forward them to your CRM too.
          </p>
        </section>
      ) : (
        <section className="panel table-wrap">
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Kind</th>
                <th>Status</th>
                <th>Health</th>
                <th>Success rate</th>
                <th>Queue</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {destinations.map((d) => (
                <tr key={d.id} data-testid={`destination-${d.name}`}>
                  <td>
                    <Link href={`/settings/destinations/${d.id}`}>{d.name}</Link>
                  </td>
                  <td>{d.label}</td>
                  <td>
                    <span className={d.enabled ? "badge ok" : "badge"}>{d.enabled ? "Enabled" : "Disabled"}</span>
                  </td>
                  <td>
                    <HealthSummary health={d.health} />
                  </td>
                  <td>{successRateText(d.health)}</td>
                  <td>
                    {d.health.queued} queued
                    {d.health.dead > 0 && <div className="badge danger">{d.health.dead} failed</div>}
                  </td>
                  <td style={{ minWidth: "12rem" }}>
                    <SendTestButton id={d.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
