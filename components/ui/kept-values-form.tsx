"use client";

import { startTransition, type ComponentProps } from "react";

type Props = Omit<ComponentProps<"form">, "action" | "onSubmit"> & { action: (data: FormData) => void };

/**
 * A form for long settings pages, submitted by hand: a form `action` resets every
 * field after it runs, which would lose what the admin typed on a validation error.
 */
export function KeptValuesForm({ action, ...props }: Props) {
  return (
    <form
      {...props}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
    />
  );
}
