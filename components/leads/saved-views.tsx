"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useActionState } from "react";
import { XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useResultToast } from "@/components/ui/use-result-toast";
import { deleteViewAction } from "@/lib/actions/leads/delete-view-action";
import { saveViewAction } from "@/lib/actions/leads/save-view-action";
import type { ViewLink } from "@/lib/leads/saved-views";
import { useViewName } from "./view-name";

/** Built-in and personal views, and saving the current one (filters, sort, columns). */
export function SavedViews({ views }: { views: ViewLink[] }) {
  const t = useTranslations("leads.views");
  const viewName = useViewName();
  const search = useSearchParams();
  const [saved, save, saving] = useActionState(saveViewAction, null);
  const [deleted, remove] = useActionState(deleteViewAction, null);
  useResultToast(saved);
  useResultToast(deleted);
  const nameErrors = saved && !saved.ok ? saved.fieldErrors?.name : undefined;
  return (
    <nav className="flex flex-1 flex-wrap items-center justify-between gap-2" aria-label={t("label")}>
      <ul className="m-0 flex list-none flex-wrap items-center gap-x-3 gap-y-1 p-0 text-sm">
        <li>
          <Link href="/leads" className="no-underline hover:underline">
            {t("all")}
          </Link>
        </li>
        {views.map((v) => (
          <li key={v.id} className="inline-flex items-center">
            <Link href={v.href} className="no-underline hover:underline">
              {viewName(v)}
            </Link>
            {!v.builtIn && (
              <form action={remove} className="inline-flex">
                <input type="hidden" name="id" value={v.id} />
                <Button
                  type="submit"
                  variant="ghost"
                  size="icon-sm"
                  className="size-6"
                  aria-label={t("deleteNamed", { name: v.name })}
                  title={t("delete")}
                >
                  <XIcon />
                </Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form action={save} className="flex items-center gap-1.5">
        <input type="hidden" name="query" value={search.toString()} />
        <Input
          name="name"
          aria-label={t("name")}
          placeholder={t("namePlaceholder")}
          required
          maxLength={80}
          className="h-8 w-40"
          aria-invalid={nameErrors ? true : undefined}
          aria-describedby={nameErrors ? "saved-view-name-error" : undefined}
        />
        <Button type="submit" variant="outline" size="sm" disabled={saving}>
          {t("save")}
        </Button>
        {nameErrors && (
          <span id="saved-view-name-error" className="text-sm text-destructive">
            {nameErrors.join(" ")}
          </span>
        )}
      </form>
    </nav>
  );
}
