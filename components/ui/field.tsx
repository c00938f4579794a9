import type { ReactNode } from "react";
import { cn } from "./cn";

interface Props {
  /** The control's id: the label points at it and its errors describe it. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Messages for this field (the server's field errors, or the form's own checks before sending). */
  errors?: string[];
  className?: string;
  /** The control; give it `id`, and `aria-invalid` / `aria-describedby` from fieldAria(). */
  children: ReactNode;
}

/** The ids and state a control needs so its label, description and errors are read with it. */
export function fieldAria(id: string, errors?: string[], description = false) {
  const describedBy = [description && `${id}-description`, errors?.length && `${id}-error`].filter(Boolean);
  return {
    id,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy.length ? describedBy.join(" ") : undefined,
  };
}

/** A labelled form control with its description and inline errors. */
export function Field({ id, label, description, errors, className, children }: Props) {
  return (
    <div data-slot="field" className={cn("flex min-w-0 flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {description ? (
        <p id={`${id}-description`} className="m-0 text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="m-0 text-sm text-destructive">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
