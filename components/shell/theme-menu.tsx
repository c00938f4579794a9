"use client";

import { MonitorIcon, MoonIcon, SunIcon } from "lucide-react";
import { useTheme } from "next-themes";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";

const choices = [
  { value: "light", label: "Light", icon: SunIcon },
  { value: "dark", label: "Dark", icon: MoonIcon },
  { value: "system", label: "System", icon: MonitorIcon },
] as const;

/** Light, dark or follow the system; next-themes remembers the choice in this browser. */
export function ThemeMenu() {
  const { theme, setTheme } = useTheme();
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label="Theme"
          className="text-inherit hover:bg-white/10 hover:text-white"
        >
          <SunIcon className="dark:hidden" />
          <MoonIcon className="hidden dark:block" />
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="flex w-36 flex-col gap-0.5 p-1" role="group" aria-label="Theme">
        {choices.map(({ value, label, icon: Icon }) => (
          <Button
            key={value}
            variant="ghost"
            size="sm"
            className="justify-start aria-pressed:bg-accent"
            aria-pressed={(theme ?? "system") === value}
            onClick={() => setTheme(value)}
          >
            <Icon aria-hidden />
            {label}
          </Button>
        ))}
      </PopoverContent>
    </Popover>
  );
}
