"use client";

// A one-button form for a server action: hidden fields, an optional
// confirmation, the pending state and the action's message in place.
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { FormMessage } from "./form-feedback";

interface Props<T> {
  action: (previous: ActionState<T> | null, formData: FormData) => Promise<ActionState<T>>;
  fields?: Record<string, string>;
  label: string;
  pendingLabel?: string;
  className?: string;
  /** Asked with confirm() before submitting; no question when absent. */
  confirmText?: string | null;
  disabled?: boolean;
  title?: string;
}

export function ActionButton<T>({ action, fields = {}, label, pendingLabel, className, confirmText, disabled, title }: Props<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="inline"
      style={{ flexWrap: "wrap" }}
      onSubmit={(event) => {
        if (confirmText && !confirm(confirmText)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} disabled={pending || disabled} title={title}>
        {pending && pendingLabel ? pendingLabel : label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
