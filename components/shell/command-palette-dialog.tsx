"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { BookmarkIcon, FileTextIcon, UserIcon } from "lucide-react";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";
import { searchPaletteAction, type PaletteResults } from "@/lib/actions/leads/search-palette-action";

const DEBOUNCE_MS = 200;

const pages = [
  { name: "Overview", href: "/" },
  { name: "Leads", href: "/leads" },
  { name: "Profile", href: "/profile" },
];
const adminPages = [
  { name: "Settings", href: "/settings" },
  { name: "Settings · Users", href: "/settings/users" },
  { name: "Settings · Webhook keys", href: "/settings/webhooks" },
  { name: "Settings · Failed receipts", href: "/settings/receipts" },
  { name: "Settings · Destinations", href: "/settings/destinations" },
  { name: "Settings · Assignment rules", href: "/settings/assignment" },
];

/** The palette itself: leads are searched on the server (the list's search, as the signed-in user). */
export default function CommandPaletteDialog({ isAdmin, onClose }: { isAdmin: boolean; onClose: () => void }) {
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
        <DialogTitle className="sr-only">Go to a lead, view or page</DialogTitle>
        {/* The server filters the leads; cmdk filters the views and pages. */}
        <Command
          label="Go to"
          filter={(value, search) =>
            value.startsWith("lead:") || value.toLowerCase().includes(search.toLowerCase()) ? 1 : 0
          }
        >
          <CommandInput
            placeholder="Lead name, e-mail or company; a view; a page…"
            value={query}
            onValueChange={setQuery}
          />
          <CommandList>
            <CommandEmpty>{searching ? "Searching…" : "Nothing matches."}</CommandEmpty>
            {error && <p className="m-2 text-sm text-destructive">{error}</p>}
            {results.leads.length > 0 && (
              <CommandGroup heading="Leads">
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
            <CommandGroup heading="Saved views">
              {results.views.map((v) => (
                <CommandItem key={v.href} value={`view ${v.name}`} onSelect={() => go(v.href)}>
                  <BookmarkIcon aria-hidden />
                  {v.name}
                </CommandItem>
              ))}
            </CommandGroup>
            <CommandGroup heading="Pages">
              {[...pages, ...(isAdmin ? adminPages : [])].map((p) => (
                <CommandItem key={p.href} value={`page ${p.name}`} onSelect={() => go(p.href)}>
                  <FileTextIcon aria-hidden />
                  {p.name}
                </CommandItem>
              ))}
            </CommandGroup>
          </CommandList>
        </Command>
      </DialogContent>
    </Dialog>
  );
}
