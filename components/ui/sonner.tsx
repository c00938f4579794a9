"use client";

import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { Toaster as Sonner } from "sonner";

/** Toasts for the results of actions, in the page's theme. */
export function Toaster() {
  const { resolvedTheme } = useTheme();
  const t = useTranslations("shell");
  return (
    <Sonner
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      position="bottom-right"
      richColors
      closeButton
      containerAriaLabel={t("toasts")}
    />
  );
}
