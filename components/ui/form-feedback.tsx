import type { ActionState } from "@/lib/actions/action-state";
import { Alert } from "./alert";

/** An action's result in the form's flow, success or failure. */
export function FormMessage({ state }: { state: ActionState<unknown> | null }) {
  if (!state?.message) return null;
  return (
    <Alert variant={state.ok ? "success" : "error"} role={state.ok ? "status" : "alert"}>
      {state.message}
    </Alert>
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
