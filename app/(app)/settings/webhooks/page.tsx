import type { Metadata } from "next";
import { NewKeyForm } from "@/components/settings/new-key-form";
import { SilenceDaysForm } from "@/components/settings/silence-days-form";
import { ActionButton } from "@/components/ui/action-button";
import { revokeKeyAction } from "@/lib/actions/webhook-keys/revoke-key-action";
import { requirePageUser } from "@/lib/auth/session";
import { LocalTime } from "@/components/ui/local-time";
import { listWebhookKeys } from "@/lib/webhook-keys/list-keys";

export const metadata: Metadata = { title: "Webhook keys" };

export default async function WebhookKeysPage() {
  await requirePageUser("ADMIN", "/settings/webhooks");
  const keys = await listWebhookKeys();
  return (
    <>
      <h1>Webhook keys</h1>
      <section className="panel">
        <h2 style={{ marginTop: 0 }}>Create a key</h2>
        <p className="muted">
          The marketplace authenticates with nothing but the URL you give it, so each URL carries a secret key. Create
          one key per place you paste it, so you can revoke one without breaking the others. Sources that can send
          headers may post to <code>/api/webhooks/marketplace</code> with <code>Authorization: Bearer &lt;key&gt;</code>
          .
        </p>
        <p className="muted">
          Leads that silently stop arriving are the costliest failure: when nothing arrives on a key for the days set
          below, the channels subscribed to &quot;No leads on a webhook key&quot; (Settings → Notifications) are told,
          with when the marketplace&apos;s validation lead was last seen.
        </p>
        <NewKeyForm />
      </section>
      <section className="panel table-wrap">
        {keys.length === 0 ? (
          <p className="muted">No keys yet: create one above to start receiving leads.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Label</th>
                <th>Key</th>
                <th className="max-sm:hidden">Created</th>
                <th>Last used</th>
                <th>Marketplace validation</th>
                <th>Alert after days without a lead</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id} data-testid={`key-${k.label}`}>
                  <td>{k.label}</td>
                  <td>
                    <code>{k.prefix}…</code>
                  </td>
                  <td className="max-sm:hidden">
                    <LocalTime date={k.createdAt} />
                  </td>
                  <td>{k.lastUsedAt ? <LocalTime date={k.lastUsedAt} relative /> : "Never"}</td>
                  <td>
                    {k.validatedAt ? (
                      <span className="badge ok">
                        Marketplace validated this endpoint at <LocalTime date={k.validatedAt} />
                      </span>
                    ) : (
                      <span className="muted">Not yet</span>
                    )}
                  </td>
                  <td>
                    {k.revokedAt ? (
                      <span className="muted">—</span>
                    ) : (
                      <SilenceDaysForm id={k.id} label={k.label} days={k.silenceDays} />
                    )}
                  </td>
                  <td>
                    {k.revokedAt ? (
                      <span className="badge danger">
                        Revoked <LocalTime date={k.revokedAt} />
                      </span>
                    ) : (
                      <ActionButton
                        action={revokeKeyAction}
                        fields={{ id: k.id }}
                        label="Revoke"
                        className="danger"
                        confirmText={`Revoke "${k.label}"? Leads posted with it will be refused.`}
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
