"use client";

import { TriangleAlertIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The list could not be read (the database is unreachable, say): say so, and offer to try again. */
export default function LeadsError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section
      role="alert"
      className="flex flex-col items-center gap-2 rounded-lg border border-destructive/40 bg-card px-4 py-14
        text-center"
    >
      <TriangleAlertIcon className="size-8 text-destructive" aria-hidden />
      <h1 className="m-0 text-lg">The leads could not be loaded</h1>
      <p className="m-0 text-muted-foreground">
        Nothing was lost. This is usually a passing database problem: try again in a moment.
      </p>
      <Button onClick={reset}>Try again</Button>
    </section>
  );
}
