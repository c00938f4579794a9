"use client";

// ⌘K / Ctrl+K anywhere, or the search button in the top bar: jump to a lead,
// a saved view or a page. The dialog and cmdk load when first opened.
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { SearchIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

const PaletteDialog = dynamic(() => import("./command-palette-dialog"), { ssr: false });

export function CommandPalette({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations("palette");
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        className="border border-white/20 text-slate-200 hover:bg-white/10 hover:text-white"
        onClick={() => setOpen(true)}
      >
        <SearchIcon aria-hidden />
        <span className="max-sm:sr-only">{t("search")}</span>
        <kbd className="border-white/20 bg-transparent text-slate-300 max-sm:hidden">{t("shortcut")}</kbd>
      </Button>
      {open && <PaletteDialog isAdmin={isAdmin} onClose={() => setOpen(false)} />}
    </>
  );
}
