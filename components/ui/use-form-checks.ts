"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/action-state";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type Errors = Record<string, string[]>;

/**
 * Inline validation for a form: the browser's own checks (required, type=email/url, min/max,
 * maxLength, pattern) shown beside each field instead of in the browser's bubble, and the
 * server's field errors once it has answered. Spread `formProps` on the form and read
 * `errors(name)` for each Field; a field's own error clears as soon as it is corrected.
 * A missing value is said in the viewer's language (common.required); `explain` words the
 * other checks from the caller's namespace, else the browser's message (in the browser's language)
 * is shown. The first field in error takes the focus, whether the browser or the server found it.
 */
export function useFormChecks(
  state: ActionState<unknown> | null,
  explain: (control: Control) => string | undefined = () => undefined,
) {
  const t = useTranslations("common");
  // The browser's findings belong to the answer they were made after: a new answer replaces them.
  const [local, setLocal] = useState<{ after: typeof state; errors: Errors }>({ after: state, errors: {} });
  const found = local.after === state ? local.errors : {};
  const focused = useRef(false);
  // The form last sent (every server answer follows a submit); callers keep their own ref.
  const form = useRef<HTMLFormElement | null>(null);
  const update = (change: (errors: Errors) => Errors) =>
    setLocal((prev) => ({ after: state, errors: change(prev.after === state ? prev.errors : {}) }));

  // The server's answer: its first field in error takes the focus (and scrolls into view).
  useEffect(() => {
    const named = Object.keys(state?.fieldErrors ?? {});
    if (!named.length || !form.current) return;
    const controls = Array.from(form.current.elements) as Control[];
    controls.find((control) => named.includes(control.name))?.focus();
  }, [state]);

  const formProps = {
    onSubmitCapture(e: FormEvent<HTMLFormElement>) {
      form.current = e.currentTarget;
    },
    onInvalidCapture(e: FormEvent<HTMLFormElement>) {
      const control = e.target as Control;
      if (!control.name) return;
      e.preventDefault(); // no browser bubble: the message is shown in the Field
      const message = control.validity.valueMissing ? t("required") : explain(control);
      update((errors) => ({ ...errors, [control.name]: [message ?? control.validationMessage] }));
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
