import type { Metadata } from "next";
import { ChannelForm } from "@/components/alerts/channel-form";
import { ActionButton } from "@/components/ui/action-button";
import {
  deleteChannelAction,
  sendChannelTestAction,
  setChannelEnabledAction,
} from "@/lib/actions/alerts/channel-admin-actions";
import { recentAlerts } from "@/lib/alerts/alert-log";
import { listChannels } from "@/lib/alerts/channels";
import { channelEvents } from "@/lib/alerts/events";
import { emailConfigured } from "@/lib/alerts/send-email";
import { requirePageUser } from "@/lib/auth/session";
import { mailConfig } from "@/lib/config/mail";
import { formatDateTime } from "@/lib/format";
import { timeZoneChoices } from "@/lib/time-zones";

export const metadata: Metadata = { title: "Notifications" };

const kindLabel = { EMAIL: "E-mail", SLACK: "Slack", TEAMS: "Microsoft Teams" } as const;
const eventLabel = (value: string) => channelEvents.find((e) => e.value === value)?.label ?? value;

export default async function NotificationsPage() {
  await requirePageUser("ADMIN", "/settings/notifications");
  const [channels, log] = await Promise.all([listChannels(), recentAlerts()]);
  const mail = mailConfig(process.env);
  return (
    <>
      <h1>Notifications</h1>
      <p className="muted">
        Alerts reach people where they work: each owner by e-mail (chosen on their profile page), and the team in the
        channels below. Every alert goes through the outbox: retried when a channel is down, and logged.
      </p>
      <section className="panel" data-testid="email-status">
        <h2 style={{ marginTop: 0 }}>E-mail</h2>
        {emailConfigured() && mail ? (
          <p>
            Configured: sending as <code>{mail.from}</code> through <code>{mail.url.host}</code>.
          </p>
        ) : (
          <p className="alert error">
            Not configured: set <code>SMTP_URL</code> and <code>MAIL_FROM</code> to send e-mail. Until then no e-mail is
            sent and nothing fails.
          </p>
        )}
      </section>
      <section className="panel table-wrap">
        <h2 style={{ marginTop: 0 }}>Channels</h2>
        {channels.length === 0 ? (
          <p className="muted">No channels yet: add one below.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Kind</th>
                <th>Sends to</th>
                <th>Events</th>
                <th>Actions</th>
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={c.id} data-testid={`channel-${c.name}`}>
                  <td>
                    {c.name}
                    {!c.enabled && <span className="badge danger"> Disabled</span>}
                  </td>
                  <td>{kindLabel[c.kind]}</td>
                  <td>
                    <code>{c.targetHint}</code>
                  </td>
                  <td className="small">
                    {c.events.map(eventLabel).join(", ")}
                    {c.events.includes("digest") ? ` (digest at ${String(c.digestHour).padStart(2, "0")}:00 UTC)` : ""}
                  </td>
                  <td>
                    <div className="inline" style={{ flexWrap: "wrap" }}>
                      <ActionButton
                        action={sendChannelTestAction}
                        fields={{ id: c.id }}
                        label="Send test"
                        pendingLabel="Sending…"
                        className="secondary"
                      />
                      <ActionButton
                        action={setChannelEnabledAction}
                        fields={{ id: c.id, enabled: String(!c.enabled) }}
                        label={c.enabled ? "Disable" : "Enable"}
                        className="secondary"
                      />
                      <ActionButton
                        action={deleteChannelAction}
                        fields={{ id: c.id }}
                        label="Delete"
                        className="danger"
                        confirmText={`Delete "${c.name}"?`}
                      />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel">
        <h2 style={{ marginTop: 0 }}>Add a channel</h2>
        <p className="muted">
          Slack: an incoming webhook URL (Apps → Incoming Webhooks). Teams: the URL of a Workflows flow &quot;Send
          webhook alerts to a channel&quot;. Addresses on private networks are refused unless listed in
          OUTBOUND_ALLOW_HOSTS.
        </p>
        <ChannelForm emailConfigured={emailConfigured()} zones={timeZoneChoices()} />
      </section>
      <section className="panel table-wrap">
        <h2 style={{ marginTop: 0 }}>Recent alerts</h2>
        {log.length === 0 ? (
          <p className="muted">No alerts yet.</p>
        ) : (
          <table data-testid="alert-log">
            <thead>
              <tr>
                <th>When</th>
                <th>Alert</th>
                <th>To</th>
                <th>State</th>
                <th>Attempts</th>
                <th>Last error</th>
              </tr>
            </thead>
            <tbody>
              {log.map((a) => (
                <tr key={a.id}>
                  <td>{formatDateTime(a.createdAt)}</td>
                  <td>{a.subject}</td>
                  <td>{a.to}</td>
                  <td>
                    <span className={a.state === "SENT" ? "badge ok" : a.state === "DEAD" ? "badge danger" : "badge"}>
                      {a.state === "SENT"
                        ? "Sent"
                        : a.state === "DEAD"
                          ? "Failed"
                          : a.state === "SKIPPED"
                            ? "Not sent"
                            : "Pending"}
                    </span>
                  </td>
                  <td>{a.attempts}</td>
                  <td className="small">{a.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
