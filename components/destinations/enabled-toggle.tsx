"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { setEnabledAction } from "@/lib/actions/destinations/set-enabled-action";

export function EnabledToggle({ id, name, enabled, queued }: { id: string; name: string; enabled: boolean; queued: number }) {
  const [state, action, pending] = useActionState(setEnabledAction, null);
  return (
    <form
      action={action}
      className="inline"
      style={{ flexWrap: "wrap" }}
      onSubmit={(e) => {
        if (enabled && queued > 0 && !confirm(`Disable "${name}"? Its ${queued} queued deliveries will be cancelled.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="enabled" value={String(!enabled)} />
      <button type="submit" className="secondary" disabled={pending}>
        {enabled ? "Disable" : "Enable"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
