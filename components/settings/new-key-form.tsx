"use client";

import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { createKeyAction } from "@/lib/actions/webhook-keys/create-key-action";

export function NewKeyForm() {
  const [state, action, pending] = useActionState(createKeyAction, null);
  return (
    <form action={action} className="form" style={{ maxWidth: "none" }}>
      <div className="form-row">
        <label>
          Label
          <input name="label" placeholder="e.g. Partner Center – Contoso offer" required maxLength={100} />
          <FieldError state={state} name="label" />
        </label>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create key"}
        </button>
      </div>
      <FormMessage state={state} />
      {state?.ok && state.data && (
        <div className="alert ok">
          <p style={{ marginTop: 0 }}>
            Paste this URL into Partner Center (your offer → Customer leads → HTTPS endpoint). It contains the key and
            is shown only now:
          </p>
          <code className="secret" data-testid="webhook-url">
            {state.data.url}
          </code>
        </div>
      )}
    </form>
  );
}
