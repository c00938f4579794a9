"use client";

import { useActionState } from "react";
import { createUserAction } from "@/lib/actions/users/create-user-action";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";

export function NewUserForm() {
  const [state, action, pending] = useActionState(createUserAction, null);
  return (
    <form action={action} className="form" style={{ maxWidth: "none" }}>
      <div className="form-row">
        <label>
          E-mail
          <input name="email" type="email" required />
          <FieldError state={state} name="email" />
        </label>
        <label>
          Name
          <input name="name" />
        </label>
        <label>
          Role
          <select name="role" defaultValue="SALES">
            <option value="SALES">Sales</option>
            <option value="ADMIN">Admin</option>
          </select>
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="new-password" placeholder="Leave blank to generate" />
          <FieldError state={state} name="password" />
        </label>
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add user"}
        </button>
      </div>
      <FormMessage state={state} />
      {state?.ok && state.data?.generatedPassword && (
        <p className="alert ok">
          One-time password for {state.data.email} — copy it now, it is not shown again:{" "}
          <code className="secret" data-testid="generated-password">
            {state.data.generatedPassword}
          </code>
        </p>
      )}
    </form>
  );
}
