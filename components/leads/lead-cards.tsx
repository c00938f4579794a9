"use client";

// The lead list on a phone: one card per lead with what triage needs at a
// glance; the same rows as the table (which takes over from md up).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { customerName } from "@/lib/leads/labels";
import type { LeadRow } from "@/lib/leads/list-leads";
import { readClock } from "@/lib/leads/response-clock";
import { DueBadge, statusVariant } from "./lead-badges";

export function LeadCards({ rows }: { rows: LeadRow[] }) {
  const t = useTranslations("leads");
  const domain = useTranslations("domain");
  return (
    <ul aria-label={t("title")} className="m-0 flex list-none flex-col gap-2 p-0 md:hidden">
      {rows.map((l) => {
        const clock = readClock(l);
        return (
          <li key={l.id} className="rounded-lg border bg-card p-3">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/leads/${l.id}`} className="min-w-0 truncate font-medium text-foreground no-underline">
                {customerName(l, domain("noName"))}
              </Link>
              <Badge variant={statusVariant[l.status]}>{domain(`status.${l.status}`)}</Badge>
            </div>
            <p className="m-0 truncate text-sm text-muted-foreground">
              {[l.company, l.offerTitle ?? l.offerId].filter(Boolean).join(" · ")}
            </p>
            <p className="m-0 mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
              <LocalTime date={l.receivedAt} relative />
              <span>{domain(`stage.${l.stage}`)}</span>
              <span>{l.owner?.name || l.owner?.email || domain("unassigned")}</span>
              {clock.state !== "none" && <DueBadge clock={clock} />}
              {l.doNotContact && <Badge variant="destructive">{t("flag.doNotContact")}</Badge>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
