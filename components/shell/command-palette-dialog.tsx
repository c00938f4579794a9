"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { BookmarkIcon, FileTextIcon, UserIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";
import { useViewName } from "@/components/leads/view-name";
import { searchPaletteAction, type PaletteResults } from "@/lib/actions/leads/search-palette-action";

const DEBOUNCE_MS = 200;

// Each page's name is palette.page.<key>.
const pages = [
  { key: "overview", href: "/" },
  { key: "leads", href: "/leads" },
  { key: "profile", href: "/profile" },
] as const;
const adminPages = [
  { key: "settings", href: "/settings" },
  { key: "users", href: "/settings/users" },
  { key: "webhooks", href: "/settings/webhooks" },
  { key: "receipts", href: "/settings/receipts" },
  { key: "destinations", href: "/settings/destinations" },
  { key: "assignment", href: "/settings/assignment" },
] as const;

/** The palette itself: leads are searched on the server (the list's search, as the signed-in user). */
export default function CommandPaletteDialog({ isAdmin, onClose }: { isAdmin: boolean; onClose: () => void }) {
  const t = useTranslations("palette");
  const viewName = useViewName();
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PaletteResults & { q: string }>({ q: "", leads: [], views: [] });
  const [error, setError] = useState<string>();

  useEffect(() => {
    const timer = setTimeout(() => {
      const form = new FormData();
      form.set("q", query);
      void searchPaletteAction(null, form).then((result) => {
        if (result.ok && result.data) setResults({ ...result.data, q: query });
        setError(result.ok ? undefined : result.message);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const go = (href: string) => {
    onClose();
    router.push(href);
  };
  const searching = query.trim() !== results.q.trim();
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="top-[20%] translate-y-0 gap-0 overflow-hidden p-0" aria-describedby={undefined}>
        <DialogTitle className="sr-only">{t("title")}</DialogTitle>
        {/* The server filters the leads; cmdk filters the views and pages. */}
        <Command
          label={t("label")}
          filter={(value, search) =>
            value.startsWith("lead:") || value.toLowerCase().includes(search.toLowerCase()) ? 1 : 0
          }
        >
          <CommandInput placeholder={t("placeholder")} value={query} onValueChange={setQuery} />
          <CommandList>
            <CommandEmpty>{searching ? t("searching") : t("nothing")}</CommandEmpty>
            {error && <p className="m-2 text-sm text-destructive">{error}</p>}
            {results.leads.length > 0 && (
              <CommandGroup heading={t("leads")}>
                {results.leads.map((l) => (
                  <CommandItem key={l.id} value={`lead:${l.id}`} onSelect={() => go(`/leads/${l.id}`)}>
                    <UserIcon aria-hidden />
                    <span className="truncate">{l.name}</span>
                    <span className="ml-auto truncate text-xs text-muted-foreground">
                      {[l.company, l.email].filter(Boolean).join(" · ")}
                    </span>
                  </CommandItem>
                ))}
              </CommandGroup>
            )}
            <CommandGroup heading={t("views")}>
              {results.views.map((v) => (
                <CommandItem key={v.href} value={`view ${viewName(v)}`} onSelect={() => go(v.href)}>
                  <BookmarkIcon aria-hidden />
                  {viewName(v)}
                </CommandItem>
              ))}
            </CommandGroup>
            <CommandGroup heading={t("pages")}>
              {[...pages, ...(isAdmin ? adminPages : [])].map((p) => (
                <CommandItem key={p.href} value={`page ${t(`page.${p.key}`)}`} onSelect={() => go(p.href)}>
                  <FileTextIcon aria-hidden />
                  {t(`page.${p.key}`)}
                </CommandItem>
              ))}
            </CommandGroup>
          </CommandList>
        </Command>
      </DialogContent>
    </Dialog>
  );
}
