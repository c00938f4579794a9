"use client";

import { startTransition, type ComponentProps } from "react";

type Props = Omit<ComponentProps<"form">, "action" | "onSubmit"> & {
  action: (data: FormData) => void;
  /** The form's own check before sending (useFieldErrors' validate); false keeps it from being sent. */
  validate?: (form: HTMLFormElement) => boolean;
};

/**
 * A form submitted by hand: a form `action` resets every field after it runs,
 * which would lose what was typed on a validation error.
 */
export function KeptValuesForm({ action, validate, ...props }: Props) {
  return (
    <form
      noValidate={validate !== undefined}
      {...props}
      onSubmit={(e) => {
        e.preventDefault();
        if (validate && !validate(e.currentTarget)) return;
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
    />
  );
}
