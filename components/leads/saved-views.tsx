"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { deleteViewAction } from "@/lib/actions/leads/delete-view-action";
import { saveViewAction } from "@/lib/actions/leads/save-view-action";
import type { ViewLink } from "@/lib/leads/saved-views";

/** Built-in and personal views, and saving the current one (filters, sort, columns). */
export function SavedViews({ views }: { views: ViewLink[] }) {
  const search = useSearchParams();
  const [saved, save, saving] = useActionState(saveViewAction, null);
  const [deleted, remove] = useActionState(deleteViewAction, null);
  return (
    <nav className="views" aria-label="Saved views">
      <ul>
        <li>
          <Link href="/leads">All leads</Link>
        </li>
        {views.map((v) => (
          <li key={v.id}>
            <Link href={v.href}>{v.name}</Link>
            {!v.builtIn && (
              <form action={remove} className="inline">
                <input type="hidden" name="id" value={v.id} />
                <button type="submit" className="link" aria-label={`Delete view ${v.name}`} title="Delete view">
                  ×
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form action={save} className="inline">
        <input type="hidden" name="query" value={search.toString()} />
        <input name="name" aria-label="View name" placeholder="Name this view" required maxLength={80} />
        <button type="submit" className="secondary" disabled={saving}>
          Save view
        </button>
      </form>
      <FormMessage state={saved ?? deleted} />
    </nav>
  );
}
