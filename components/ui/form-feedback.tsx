import type { ActionState } from "@/lib/actions/action-state";

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
