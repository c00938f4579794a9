import type { ComponentProps } from "react";
import { cn } from "./cn";

export const controlClass =
  "h-9 w-full min-w-0 rounded-md border border-input bg-card px-2.5 py-1 text-sm text-foreground shadow-xs " +
  "placeholder:text-muted-foreground disabled:opacity-50 aria-invalid:border-destructive " +
  "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input data-slot="input" className={cn(controlClass, className)} {...props} />;
}
