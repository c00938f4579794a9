"use client";

import { MonitorIcon, MoonIcon, SunIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";

const choices = [
  { value: "light", name: "themeLight", icon: SunIcon },
  { value: "dark", name: "themeDark", icon: MoonIcon },
  { value: "system", name: "themeSystem", icon: MonitorIcon },
] as const;

/** Light, dark or follow the system; next-themes remembers the choice in this browser. */
export function ThemeMenu() {
  const t = useTranslations("shell");
  const { theme, setTheme } = useTheme();
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label={t("theme")}
          className="text-inherit hover:bg-white/10 hover:text-white"
        >
          <SunIcon className="dark:hidden" />
          <MoonIcon className="hidden dark:block" />
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="flex w-36 flex-col gap-0.5 p-1" role="group" aria-label={t("theme")}>
        {choices.map(({ value, name, icon: Icon }) => (
          <Button
            key={value}
            variant="ghost"
            size="sm"
            className="justify-start aria-pressed:bg-accent"
            aria-pressed={(theme ?? "system") === value}
            onClick={() => setTheme(value)}
          >
            <Icon aria-hidden />
            {t(name)}
          </Button>
        ))}
      </PopoverContent>
    </Popover>
  );
}
