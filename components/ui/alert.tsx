import { CircleAlert, CircleCheck, Info } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";

const variants = {
  info: ["border-border bg-muted/40 text-foreground", Info],
  success: ["border-success/40 bg-success/10 text-success", CircleCheck],
  error: ["border-destructive/40 bg-destructive/10 text-destructive", CircleAlert],
} as const;

/** A message in the page's flow: the result of a form, a warning, a notice. */
export function Alert({
  variant = "info",
  className,
  children,
  ...props
}: ComponentProps<"div"> & { variant?: keyof typeof variants }) {
  const [classes, Icon] = variants[variant];
  return (
    <div
      data-slot="alert"
      className={cn("flex items-start gap-2 rounded-md border px-3.5 py-2.5 text-sm", classes, className)}
      {...props}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
