"use client";

import { useTranslations } from "next-intl";
import { Sheet, SheetContent, SheetTitle } from "@/components/ui/sheet";

/** The list's filters on a phone, in a sheet from the bottom (loaded when first opened). */
export default function FilterSheet({ onClose, children }: { onClose: () => void; children: React.ReactNode }) {
  const t = useTranslations("leads");
  return (
    <Sheet open onOpenChange={(open) => !open && onClose()}>
      <SheetContent side="bottom" aria-describedby={undefined}>
        <SheetTitle className="m-0 text-base font-semibold">{t("filters")}</SheetTitle>
        {children}
      </SheetContent>
    </Sheet>
  );
}
