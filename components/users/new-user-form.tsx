"use client";

import { useActionState } from "react";
import { createUserAction } from "@/lib/actions/users/create-user-action";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { OneTimePassword } from "./one-time-password";

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
        <OneTimePassword email={state.data.email} password={state.data.generatedPassword} testId="generated-password" />
      )}
    </form>
  );
}
