"use client";

import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { setSilenceDaysAction } from "@/lib/actions/webhook-keys/set-silence-days-action";

/** The silence watchdog's threshold for one webhook key. */
export function SilenceDaysForm({ id, label, days }: { id: string; label: string; days: number }) {
  const [state, action, pending] = useActionState(setSilenceDaysAction, null);
  return (
    <form action={action} className="inline" style={{ flexWrap: "wrap" }}>
      <input type="hidden" name="id" value={id} />
      <input
        name="silenceDays"
        type="number"
        min={1}
        max={365}
        defaultValue={days}
        aria-label={`Days without a lead before alerting, key ${label}`}
        style={{ maxWidth: "5rem" }}
      />
      <button type="submit" className="secondary" disabled={pending}>
        Save
      </button>
      <FieldError state={state} name="silenceDays" />
      <FormMessage state={state} />
    </form>
  );
}
