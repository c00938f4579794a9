"use client";

import { useRouter } from "next/navigation";
import { ExternalLinkIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent } from "@/components/ui/sheet";

/**
 * The side sheet a lead opens in over the list. Closing goes back to the list
 * as it was; j/k (handled by the list's rows) move to the next lead inside it.
 */
export function LeadPreviewSheet({ id, children }: { id: string; children: React.ReactNode }) {
  const router = useRouter();
  const t = useTranslations("lead");
  return (
    <Sheet open onOpenChange={(open) => !open && router.back()}>
      <SheetContent
        side="right"
        className="sm:max-w-3xl"
        aria-describedby={undefined}
        data-testid="lead-preview"
        // Focus on the sheet itself, not its first form control: j/k must reach the list.
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          (event.currentTarget as HTMLElement).focus();
        }}
      >
        <div className="flex flex-wrap items-center gap-3 pr-8 text-sm text-muted-foreground">
          {/* A full page load: the lead page itself, not this sheet again. */}
          <Button variant="outline" size="sm" asChild>
            <a href={`/leads/${id}`}>
              <ExternalLinkIcon aria-hidden />
              {t("sheet.openFullPage")}
            </a>
          </Button>
          <span className="max-sm:hidden">{t.rich("sheet.keys", { kbd: (key) => <kbd>{key}</kbd> })}</span>
        </div>
        {children}
      </SheetContent>
    </Sheet>
  );
}
