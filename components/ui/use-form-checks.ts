"use client";

import { useRef, useState, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/action-state";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type Errors = Record<string, string[]>;

/**
 * Inline validation for a form: the browser's own checks (required, type=email/url, min/max,
 * maxLength, pattern) shown beside each field instead of in the browser's bubble, and the
 * server's field errors once it has answered. Spread `formProps` on the form and read
 * `errors(name)` for each Field; a field's own error clears as soon as it is corrected.
 */
export function useFormChecks(state: ActionState<unknown> | null) {
  // The browser's findings belong to the answer they were made after: a new answer replaces them.
  const [local, setLocal] = useState<{ after: typeof state; errors: Errors }>({ after: state, errors: {} });
  const found = local.after === state ? local.errors : {};
  const focused = useRef(false);
  const update = (change: (errors: Errors) => Errors) =>
    setLocal((prev) => ({ after: state, errors: change(prev.after === state ? prev.errors : {}) }));

  const formProps = {
    onInvalidCapture(e: FormEvent<HTMLFormElement>) {
      const control = e.target as Control;
      if (!control.name) return;
      e.preventDefault(); // no browser bubble: the message is shown in the Field
      update((errors) => ({ ...errors, [control.name]: [control.validationMessage] }));
      // The first invalid control of this attempt takes the focus, as the browser would have done.
      if (!focused.current) {
        focused.current = true;
        control.focus();
        // A new task: the browser fires every control's invalid event of one attempt before it runs.
        setTimeout(() => (focused.current = false), 0);
      }
    },
    onChangeCapture(e: FormEvent<HTMLFormElement>) {
      const control = e.target as Control;
      if (!control.name || !found[control.name] || !control.validity?.valid) return;
      update((errors) => {
        const rest = { ...errors };
        delete rest[control.name];
        return rest;
      });
    },
  };

  const errors = (name: string): string[] | undefined => found[name] ?? state?.fieldErrors?.[name];
  return { formProps, errors };
}
