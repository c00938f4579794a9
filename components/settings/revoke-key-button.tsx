"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { revokeKeyAction } from "@/lib/actions/webhook-keys/revoke-key-action";

export function RevokeKeyButton({ id, label }: { id: string; label: string }) {
  const [state, action, pending] = useActionState(revokeKeyAction, null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm(`Revoke "${label}"? Leads posted with it will be refused.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="danger" disabled={pending}>
        Revoke
      </button>
      <FormMessage state={state} />
    </form>
  );
}
