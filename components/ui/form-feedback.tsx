import type { ActionState } from "@/lib/actions/action-state";
import { Alert } from "./alert";

export function FieldError({ state, name }: { state: ActionState<unknown> | null; name: string }) {
  const errors = state?.fieldErrors?.[name];
  return errors?.length ? <span className="field-error">{errors.join(" ")}</span> : null;
}

export function FormMessage({ state }: { state: ActionState<unknown> | null }) {
  if (!state?.message) return null;
  return (
    <p className={state.ok ? "alert ok" : "alert error"} role={state.ok ? "status" : "alert"}>
      {state.message}
    </p>
  );
}

/** A failed result in the form's flow (its success is a toast: useResultToast). */
export function FormError({ state }: { state: ActionState<unknown> | null }) {
  if (!state || state.ok || !state.message) return null;
  return (
    <Alert variant="error" role="alert">
      {state.message}
    </Alert>
  );
}
