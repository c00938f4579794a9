"use client";

import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { Button } from "./button";

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  question: string;
  confirmLabel: string;
  destructive?: boolean;
  onConfirm: () => void;
}

/** Asks before a destructive action; focus starts on Cancel, Escape cancels. */
export function ConfirmDialog({ open, onOpenChange, question, confirmLabel, destructive, onConfirm }: Props) {
  const t = useTranslations("common");
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/50" />
        {/* The question is the whole dialog: no description to announce beside it. */}
        <AlertDialog.Content
          aria-describedby={undefined}
          className="fixed top-1/2 left-1/2 z-50 grid w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2
            gap-4 rounded-lg border bg-popover p-6 text-popover-foreground shadow-lg"
        >
          <AlertDialog.Title className="m-0 text-base font-semibold">{question}</AlertDialog.Title>
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="outline">{t("cancel")}</Button>
            </AlertDialog.Cancel>
            <Button
              variant={destructive ? "destructive" : "default"}
              onClick={() => {
                onOpenChange(false);
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
