"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/action-state";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Inline errors for a form: its own check before sending (the browser's constraint
 * validation — required, type=url, min/max — read from `validity` and worded in the
 * viewer's language instead of the browser's bubble), then the server's field errors.
 * Give the form `ref`, `validate` and `onInput` (KeptValuesForm turns `noValidate` on with `validate`).
 * The first field in error takes the focus, whether the form or the server found it.
 * `explain` words the checks other than a missing value (from the caller's own namespace).
 */
export function useFieldErrors(
  state: ActionState<unknown> | null,
  explain: (control: Control) => string | undefined = () => undefined,
) {
  const t = useTranslations("common");
  const [own, setOwn] = useState<Record<string, string[]>>({});
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const named = Object.keys(state?.fieldErrors ?? {});
    if (!named.length || !ref.current) return;
    const controls = Array.from(ref.current.elements) as Control[];
    controls.find((control) => named.includes(control.name))?.focus();
  }, [state]);

  const validate = (form: HTMLFormElement): boolean => {
    const found: Record<string, string[]> = {};
    let first: Control | null = null;
    for (const element of Array.from(form.elements)) {
      const control = element as Control;
      if (!control.name || !("validity" in control) || control.validity.valid) continue;
      // A check the caller does not word (none of ours can fail from typing) keeps the browser's own words.
      const message = control.validity.valueMissing ? t("required") : explain(control);
      found[control.name] = [message ?? control.validationMessage];
      first ??= control;
    }
    setOwn(found);
    first?.focus();
    return first === null;
  };

  /** A field's messages: the form's own findings (reset at each submit), else the server's. */
  const errors = (name: string): string[] | undefined => own[name] ?? state?.fieldErrors?.[name];

  /** Clears a field's own finding once it is edited (the server's stay until the next answer). */
  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const name = (event.target as Control).name;
    if (!name || !own[name]) return;
    setOwn((found) => Object.fromEntries(Object.entries(found).filter(([field]) => field !== name)));
  };

  return { ref, errors, validate, onInput };
}
