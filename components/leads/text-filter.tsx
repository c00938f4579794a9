"use client";

import { useEffect, useRef, useState } from "react";
import { SearchIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";

const DEBOUNCE_MS = 350;

/** Free-text search, written to the URL once typing pauses. */
export function TextFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const t = useTranslations("leads.filter");
  const [text, setText] = useState(value ?? "");
  const [seen, setSeen] = useState({ value, sent: value });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A URL change that is not our own write (back button, saved view) replaces
  // what is typed; our own, arriving late, must not undo newer keystrokes.
  if (seen.value !== value) {
    setSeen({ value, sent: seen.sent });
    if (value !== seen.sent) setText(value ?? "");
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <label className="relative w-full sm:w-56">
      <span className="sr-only">{t("search")}</span>
      <SearchIcon className="pointer-events-none absolute top-2 left-2.5 size-4 text-muted-foreground" aria-hidden />
      <Input
        type="search"
        className="h-8 pl-8"
        placeholder={t("searchPlaceholder")}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            const sent = next.trim() || undefined;
            setSeen((s) => ({ ...s, sent }));
            onChange(sent);
          }, DEBOUNCE_MS);
        }}
      />
    </label>
  );
}
