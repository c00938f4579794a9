"use client";

// A one-button form for a server action: hidden fields, an optional
// confirmation dialog, the pending state and the action's message in place.
import { useActionState, useRef, useState } from "react";
import { toast as notify } from "sonner";
import type { ActionState } from "@/lib/actions/action-state";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";
import { FormError, FormMessage } from "./form-feedback";

interface Props<T> {
  action: (previous: ActionState<T> | null, formData: FormData) => Promise<ActionState<T>>;
  fields?: Record<string, string>;
  label: string;
  pendingLabel?: string;
  /** "danger" for destructive actions, "secondary" for the quieter ones (the Button's destructive and outline). */
  variant?: "danger" | "secondary";
  /** Asked in a dialog before submitting; no question when absent. */
  confirmText?: string | null;
  disabled?: boolean;
  title?: string;
  /** Success as a toast, failure beside the button; without it both stay beside the button. */
  toast?: boolean;
}

const variants = { danger: "destructive", secondary: "outline" } as const;

export function ActionButton<T>(props: Props<T>) {
  const { action, fields = {}, label, pendingLabel, variant, confirmText, disabled, title, toast } = props;
  // Toasted as the result arrives, not in an effect: the action often replaces this button in the
  // same render (a revoked key, a reprocessed receipt), and an unmounted button's effect never runs.
  const toasted = async (previous: ActionState<T> | null, data: FormData) => {
    const result = await action(previous, data);
    if (result.message) (result.ok ? notify.success : notify.error)(result.message);
    return result;
  };
  const [state, formAction, pending] = useActionState(toast ? toasted : action, null);
  const [asking, setAsking] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={formAction} className="inline-flex flex-wrap items-center gap-1.5">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button
        type={confirmText ? "button" : "submit"}
        size="sm"
        variant={variant ? variants[variant] : "default"}
        disabled={pending || disabled}
        title={title}
        onClick={confirmText ? () => setAsking(true) : undefined}
      >
        {pending && pendingLabel ? pendingLabel : label}
      </Button>
      {confirmText && (
        <ConfirmDialog
          open={asking}
          onOpenChange={setAsking}
          question={confirmText}
          confirmLabel={label}
          destructive={variant === "danger"}
          onConfirm={() => form.current?.requestSubmit()}
        />
      )}
      {toast ? <FormError state={state} /> : <FormMessage state={state} />}
    </form>
  );
}
