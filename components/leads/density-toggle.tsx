"use client";

import { Rows3Icon, Rows4Icon } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { setDensityAction } from "@/lib/actions/profile/set-density-action";
import type { ListDensity } from "@/lib/users/ui-preferences";

const choices: { value: ListDensity; label: string; icon: typeof Rows3Icon }[] = [
  { value: "compact", label: "Compact rows", icon: Rows4Icon },
  { value: "comfortable", label: "Comfortable rows", icon: Rows3Icon },
];

/** Row height of the list: switches at once, and is remembered for the user on the server. */
export function DensityToggle({ value, onChange }: { value: ListDensity; onChange: (density: ListDensity) => void }) {
  const choose = (density: ListDensity) => {
    onChange(density);
    const form = new FormData();
    form.set("density", density);
    void setDensityAction(null, form).then((result) => {
      if (!result.ok) toast.error(result.message ?? "The row height could not be saved.");
    });
  };
  return (
    <div role="group" aria-label="Row density" className="inline-flex rounded-md border bg-card p-0.5">
      {choices.map(({ value: v, label, icon: Icon }) => (
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
      ))}
    </div>
  );
}
