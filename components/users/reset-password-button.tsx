"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { resetPasswordAction } from "@/lib/actions/users/reset-password-action";
import { OneTimePassword } from "./one-time-password";

/** Users page: a new one-time password for someone, shown once; they must replace it at their next sign-in. */
interface Props {
  userId: string;
  email: string;
  disabled?: boolean;
}

export function ResetPasswordButton({ userId, email, disabled }: Props) {
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  return (
    <form
      action={action}
      className="inline"
      style={{ flexWrap: "wrap" }}
      onSubmit={(event) => {
        const question = `Reset the password of ${email}? Their sessions end, and they must choose a new password.`;
        if (!confirm(question)) event.preventDefault();
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="secondary" disabled={pending || disabled}>
        {pending ? "Resetting…" : "Reset password"}
      </button>
      <FormMessage state={state} />
      {state?.ok && state.data && (
        <OneTimePassword email={state.data.email} password={state.data.password} testId="reset-password" />
      )}
    </form>
  );
}
