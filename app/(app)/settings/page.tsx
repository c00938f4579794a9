import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { LocalTime } from "@/components/ui/local-time";
import { countFailedReceipts, lastValidation } from "@/lib/ingest/list-receipts";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageUser("ADMIN", "/settings");
  const [failed, validation] = await Promise.all([countFailedReceipts(), lastValidation()]);
  return (
    <>
      <h1>Settings</h1>
      {validation && (
        <p className="alert ok">
          Marketplace validated this endpoint at <LocalTime date={validation.receivedAt} />
          {validation.receipt.webhookKey ? ` (key "${validation.receipt.webhookKey.label}")` : ""}.
        </p>
      )}
      <div className="grid">
        <section className="panel">
          <h2>Webhook keys</h2>
          <p className="muted">The URLs the marketplace posts leads to. Create, label and revoke them.</p>
          <Link href="/settings/webhooks">Manage webhook keys</Link>
        </section>
        <section className="panel">
          <h2>Failed receipts</h2>
          <p className="muted">
            {failed === 0 ? "Every body received became a lead." : `${failed} received bodies did not become leads.`}
          </p>
          <Link href="/settings/receipts">Review failed receipts</Link>
        </section>
        <section className="panel">
          <h2>Destinations</h2>
          <p className="muted">
            Forward every new lead to Dynamics 365, Salesforce, Marketo, Azure Table or any HTTPS endpoint.
          </p>
          <Link href="/settings/destinations">Manage destinations</Link>
        </section>
        <section className="panel">
          <h2>Assignment</h2>
          <p className="muted">Rules that give every new lead an owner: round-robin, one person, or nobody.</p>
          <Link href="/settings/assignment">Manage assignment rules</Link>
        </section>
        <section className="panel">
          <h2>Notifications</h2>
          <p className="muted">
            Alerts by e-mail, Slack and Microsoft Teams: new leads, due and missed responses, a daily digest, silence.
          </p>
          <Link href="/settings/notifications">Manage notifications</Link>
        </section>
        <section className="panel">
          <h2>Users</h2>
          <p className="muted">Add sales people and admins, change roles, deactivate people who left.</p>
          <Link href="/settings/users">Manage users</Link>
        </section>
      </div>
    </>
  );
}
