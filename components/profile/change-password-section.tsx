"use client";

import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { changePasswordAction } from "@/lib/actions/users/change-password-action";

/** Profile: the user's own password. Changing it signs them out everywhere, here too. */
// minLength comes from the page: the policy module holds the common-password list, which must not reach the browser.
export function ChangePasswordSection({ required, minLength }: { required: boolean; minLength: number }) {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  return (
    <section className="panel" aria-labelledby="change-password">
      <h2 id="change-password">Change password</h2>
      {required && (
        <p className="alert error" role="alert">
          An admin reset your password. Choose a new one to continue.
        </p>
      )}
      <p className="muted">
        At least {minLength} characters; not your e-mail address and not a common password. Every session of yours ends,
        and you sign in again with the new one.
      </p>
      <form action={action} className="form">
        <label>
          Current password
          <input name="currentPassword" type="password" autoComplete="current-password" required />
          <FieldError state={state} name="currentPassword" />
        </label>
        <label>
          New password
          <input name="newPassword" type="password" autoComplete="new-password" required />
          <FieldError state={state} name="newPassword" />
        </label>
        <label>
          New password again
          <input name="confirmPassword" type="password" autoComplete="new-password" required />
          <FieldError state={state} name="confirmPassword" />
        </label>
        <div>
          <button type="submit" disabled={pending}>
            {pending ? "Changing…" : "Change password"}
          </button>
        </div>
        <FormMessage state={state} />
      </form>
    </section>
  );
}
