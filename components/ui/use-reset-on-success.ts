"use client";

import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/action-state";

/**
 * A ref for a form that starts empty again once its action succeeds (a user or channel added, a note
 * saved); after a refusal it keeps what was typed (KeptValuesForm).
 */
export function useResetOnSuccess(state: ActionState<unknown> | null) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return form;
}
