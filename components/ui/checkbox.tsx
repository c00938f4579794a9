import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A native checkbox in the theme's colour: the lightest control that forms and tests read as they are. */
export function Checkbox({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return (
    <input
      type="checkbox"
      data-slot="checkbox"
      className={cn("size-4 shrink-0 cursor-pointer accent-primary disabled:cursor-not-allowed", className)}
      {...props}
    />
  );
}
