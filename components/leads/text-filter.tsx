"use client";

import { useEffect, useRef, useState } from "react";

const DEBOUNCE_MS = 350;

/** Free-text search, written to the URL once typing pauses. */
export function TextFilter({ value, onChange }: { value: string | undefined; onChange: (value: string | undefined) => void }) {
  const [text, setText] = useState(value ?? "");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A new URL (back button, saved view) replaces what is typed.
  useEffect(() => setText(value ?? ""), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <label className="filter-text">
      <span className="sr-only">Search leads</span>
      <input
        type="search"
        placeholder="Search name, e-mail, company, title"
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => onChange(next.trim() || undefined), DEBOUNCE_MS);
        }}
      />
    </label>
  );
}
