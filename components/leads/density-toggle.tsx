"use client";

import { Rows3Icon, Rows4Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { setDensityAction } from "@/lib/actions/profile/set-density-action";
import type { ListDensity } from "@/lib/users/ui-preferences";

const choices: { value: ListDensity; icon: typeof Rows3Icon }[] = [
  { value: "compact", icon: Rows4Icon },
  { value: "comfortable", icon: Rows3Icon },
];

/** Row height of the list: switches at once, and is remembered for the user on the server. */
export function DensityToggle({ value, onChange }: { value: ListDensity; onChange: (density: ListDensity) => void }) {
  const t = useTranslations("leads.density");
  const choose = (density: ListDensity) => {
    onChange(density);
    const form = new FormData();
    form.set("density", density);
    void setDensityAction(null, form).then((result) => {
      if (!result.ok) toast.error(t("saveFailed"));
    });
  };
  return (
    <div role="group" aria-label={t("label")} className="inline-flex rounded-md border bg-card p-0.5">
      {choices.map(({ value: v, icon: Icon }) => {
        const label = t(v);
        return (
          <Button
            key={v}
            type="button"
            variant="ghost"
            size="xs"
            aria-pressed={value === v}
            aria-label={label}
            title={label}
            className="aria-pressed:bg-accent aria-pressed:text-accent-foreground"
            onClick={() => choose(v)}
          >
            <Icon aria-hidden />
          </Button>
        );
      })}
    </div>
  );
}
