"use client";

import { Dialog as SheetPrimitive } from "radix-ui";
import { XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { cn } from "./cn";

const closeClass = "absolute top-3 right-3 cursor-pointer rounded-sm p-1 text-muted-foreground hover:text-foreground";
import { DialogOverlay } from "./dialog";

export const Sheet = SheetPrimitive.Root;
export const SheetTrigger = SheetPrimitive.Trigger;
export const SheetClose = SheetPrimitive.Close;
export const SheetTitle = SheetPrimitive.Title;
export const SheetDescription = SheetPrimitive.Description;

const sides = {
  right: "inset-y-0 right-0 h-full w-full border-l sm:max-w-xl",
  left: "inset-y-0 left-0 h-full w-full border-r sm:max-w-sm",
  bottom: "inset-x-0 bottom-0 max-h-[85vh] border-t",
};

/** A dialog that slides in from one edge: the lead preview, the filters on a phone. */
export function SheetContent({
  className,
  children,
  side = "right",
  ...props
}: ComponentProps<typeof SheetPrimitive.Content> & {
  side?: keyof typeof sides;
}) {
  const t = useTranslations("common");
  return (
    <SheetPrimitive.Portal>
      <DialogOverlay className="bg-black/30" />
      <SheetPrimitive.Content
        data-slot="sheet-content"
        className={cn(
          "fixed z-50 flex flex-col gap-3 overflow-y-auto bg-popover p-5 text-popover-foreground shadow-lg",
          sides[side],
          className,
        )}
        {...props}
      >
        {children}
        <SheetPrimitive.Close className={closeClass}>
          <XIcon className="size-4" />
          <span className="sr-only">{t("close")}</span>
        </SheetPrimitive.Close>
      </SheetPrimitive.Content>
    </SheetPrimitive.Portal>
  );
}
