"use client";

import { useActionState } from "react";
import { Checkboxes } from "@/components/ui/checkboxes";
import { FormMessage } from "@/components/ui/form-feedback";
import { emailPreferencesAction } from "@/lib/actions/users/email-preferences-action";
import { userMailPreferences } from "@/lib/alerts/events";

/** Profile: which alert e-mails this user receives. Every e-mail also carries a one-click unsubscribe link. */
export function EmailPreferencesSection({ selected, configured }: { selected: string[]; configured: boolean }) {
  const [state, action, pending] = useActionState(emailPreferencesAction, null);
  return (
    <section className="panel" aria-labelledby="email-alerts">
      <h2 id="email-alerts">E-mail alerts</h2>
      {!configured && (
        <p className="muted">E-mail is not configured on this server yet: nothing is sent until an admin sets it up.</p>
      )}
      <form action={action} className="form">
        <Checkboxes legend="E-mail me when" prefix="mail" options={userMailPreferences} selected={selected} />
        <div>
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save e-mail preferences"}
          </button>
        </div>
        <FormMessage state={state} />
      </form>
    </section>
  );
}
