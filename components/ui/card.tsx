import type { ComponentProps } from "react";
import { cn } from "./cn";

/** The card's look, for an element that must be something else than a section (a figure, a link). */
export const cardClass = "mb-4 rounded-lg border bg-card p-5 text-card-foreground shadow-xs";

/** A section of a page: a bordered panel with an optional heading and description. */
export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section data-slot="card" className={cn(cardClass, className)} {...props} />;
}

export function CardHeader({
  title,
  description,
  children,
  className,
}: {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Actions on the heading's right. */
  children?: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("mb-4 flex flex-wrap items-start justify-between gap-3", className)}>
      <div className="min-w-0">
        <h2 className="m-0 text-base font-semibold">{title}</h2>
        {description ? <p className="mt-1 mb-0 text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {children}
    </div>
  );
}
