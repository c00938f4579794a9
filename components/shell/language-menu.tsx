"use client";

// The user menu's language choice: each language named in itself, the current
// one marked; "browser language" hands the choice back to Accept-Language.
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { setLocaleAction } from "@/lib/actions/users/set-locale-action";
import { localeNames, locales } from "@/lib/i18n/locales";

export function LanguageMenu({ saved }: { saved: string | null }) {
  const t = useTranslations("language");
  const current = useLocale();
  const [state, formAction, pending] = useActionState(setLocaleAction, null);
  const choices = [
    ...locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
    { value: "browser", label: t("browser") },
  ];
  return (
    <form action={formAction} role="group" aria-label={t("label")} className="flex flex-col gap-1 border-y py-2">
      <span className="text-xs text-muted-foreground">{t("label")}</span>
      <div className="flex flex-wrap gap-1">
        {choices.map(({ value, label }) => {
          const chosen = value === "browser" ? saved === null : saved === value;
          return (
            <Button
              key={value}
              type="submit"
              name="locale"
              value={value}
              size="sm"
              variant={chosen ? "secondary" : "ghost"}
              disabled={pending}
              aria-pressed={chosen}
              lang={value === "browser" ? current : value}
            >
              {label}
            </Button>
          );
        })}
      </div>
      {state && !state.ok && (
        <p className="text-sm text-destructive" role="alert">
          {t("saveFailed")}
        </p>
      )}
    </form>
  );
}
