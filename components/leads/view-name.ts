"use client";

import { useTranslations } from "next-intl";
import type { ViewLink } from "@/lib/leads/saved-views";

/** A view's name in the reader's language: built-in views are translated, a user's own are shown as named. */
export function useViewName() {
  const t = useTranslations("leads.views");
  return (view: Pick<ViewLink, "name" | "builtInKey">) =>
    view.builtInKey ? t(`builtIn.${view.builtInKey}`) : view.name;
}
