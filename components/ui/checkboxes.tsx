// A fieldset of checkboxes named <prefix>.<value>: FormData keeps one value per
// name, so each choice is its own field and the server reads the names back.
import type { ReactNode } from "react";
import { Checkbox } from "./checkbox";
import { cn } from "./cn";

interface Option {
  value: string;
  label: string;
}

// Global label styles stack their content; a checkbox sits beside its text.
export const checkLabel = { fontWeight: 400, flexDirection: "row", alignItems: "center", gap: "0.4rem" } as const;

/** The box around a group of choices (checkboxes, radio buttons), its legend and its inline errors. */
export function ChoiceGroup({
  legend,
  errorId,
  errors,
  className,
  children,
}: {
  legend: ReactNode;
  /** The id of the errors' paragraph, which describes the group. */
  errorId: string;
  errors?: string[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      data-slot="choice-group"
      aria-describedby={errors?.length ? errorId : undefined}
      className={cn(
        "m-0 min-w-0 rounded-md border px-3 pt-1 pb-2.5",
        errors?.length && "border-destructive",
        className,
      )}
    >
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5">{children}</div>
      {errors?.length ? (
        <p id={errorId} className="mt-1.5 mb-0 text-sm text-destructive">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A label with its checkbox or radio button beside the text. */
export function ChoiceLabel({ children }: { children: ReactNode }) {
  return (
    <label data-slot="label" className="flex items-center gap-1.5 text-sm font-normal">
      {children}
    </label>
  );
}

export function Checkboxes({
  legend,
  prefix,
  options,
  selected,
  errors,
}: {
  legend: string;
  prefix: string;
  options: readonly Option[];
  selected: string[];
  errors?: string[];
}) {
  return (
    <ChoiceGroup legend={legend} errorId={`${prefix}-error`} errors={errors}>
      {options.map((o) => (
        <ChoiceLabel key={o.value}>
          <Checkbox name={`${prefix}.${o.value}`} defaultChecked={selected.includes(o.value)} />
          {o.label}
        </ChoiceLabel>
      ))}
    </ChoiceGroup>
  );
}
