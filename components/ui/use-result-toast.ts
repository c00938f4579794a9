"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/action-state";

function announce(state: ActionState<unknown> | null) {
  if (!state?.message) return;
  if (state.ok) toast.success(state.message);
  else toast.error(state.message);
}

/** Announces each new result of a server action as a toast (errors also stay beside their fields). */
export function useResultToast(state: ActionState<unknown> | null) {
  useEffect(() => announce(state), [state]);
}

/**
 * The same, for a form the result removes from the page (the last open lead reassigned): the
 * toast is raised as the action answers, since an effect of the unmounted form would never run.
 */
export function withResultToast<S extends ActionState<unknown>>(
  action: (previous: S | null, data: FormData) => Promise<S>,
): (previous: S | null, data: FormData) => Promise<S> {
  return async (previous, data) => {
    const next = await action(previous, data);
    announce(next);
    return next;
  };
}
