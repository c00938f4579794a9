import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClass } from "./input";

/** A native select styled like the inputs: keyboard, forms and screen readers work as they do everywhere. */
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return <select data-slot="select" className={cn(controlClass, "w-auto max-w-full pr-7", className)} {...props} />;
}
