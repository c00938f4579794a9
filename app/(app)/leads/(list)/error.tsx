"use client";

import { TriangleAlertIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The list could not be read (the database is unreachable, say): say so, and offer to try again. */
export default function LeadsError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("leads.error");
  const common = useTranslations("common");
  return (
    <section
      role="alert"
      className="flex flex-col items-center gap-2 rounded-lg border border-destructive/40 bg-card px-4 py-14
        text-center"
    >
      <TriangleAlertIcon className="size-8 text-destructive" aria-hidden />
      <h1 className="m-0 text-lg">{t("heading")}</h1>
      <p className="m-0 text-muted-foreground">{t("body")}</p>
      <Button onClick={reset}>{common("retry")}</Button>
    </section>
  );
}
