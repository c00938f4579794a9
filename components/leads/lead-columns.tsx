// Column definitions of the lead list: what each column shows, whether it
// sorts (server-side, by the same id as the URL's sort key), which filter it
// offers in the toolbar (meta.filter) and its width. Every cell is one line:
// longer text is cut with an ellipsis and shown whole on hover. Headers, labels
// and domain words are in the reader's language: the columns are built per translator.
import Link from "next/link";
import { BanIcon, CopyIcon, FlaskConicalIcon } from "lucide-react";
import { createColumnHelper } from "@tanstack/react-table";
import type { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { LocalTime } from "@/components/ui/local-time";
import { customerName } from "@/lib/leads/labels";
import { funnelStages } from "@/lib/leads/lead";
import type { LeadRow } from "@/lib/leads/list-leads";
import { leadStatuses } from "@/lib/leads/statuses";
import { readClock } from "@/lib/leads/response-clock";
import { leadTableFeatures } from "./lead-table-features";
import { DueBadge, statusVariant } from "./lead-badges";

type LeadsTranslator = ReturnType<typeof useTranslations<"leads">>;
type DomainTranslator = ReturnType<typeof useTranslations<"domain">>;

const helper = createColumnHelper<typeof leadTableFeatures, LeadRow>();

/** One line, cut with an ellipsis; the whole text on hover. */
function Cut({ text, muted }: { text: string | null | undefined; muted?: boolean }) {
  if (!text) return <span className="text-muted-foreground">—</span>;
  return (
    <span className={muted ? "block truncate text-muted-foreground" : "block truncate"} title={text}>
      {text}
    </span>
  );
}

const plain = (id: "company" | "title" | "email" | "phone" | "country", label: string, width: number, hidden = false) =>
  helper.accessor(id, {
    id,
    header: label,
    enableSorting: id === "company",
    meta: { label, width, hiddenByDefault: hidden },
    cell: (c) => <Cut text={c.getValue()} />,
  });

/** The list's columns, their headers and filter labels in the reader's language. */
export function leadColumns(t: LeadsTranslator, domain: DomainTranslator) {
  const noName = domain("noName");
  const stageLabels = Object.fromEntries(funnelStages.map((s) => [s, domain(`stage.${s}`)]));
  const statusLabels = Object.fromEntries(leadStatuses.map((s) => [s, domain(`status.${s}`)]));
  return helper.columns([
    helper.display({
      id: "select",
      enableHiding: false,
      enableSorting: false,
      meta: { label: t("column.select"), width: 36, pinLeft: 0 },
      header: ({ table }) => (
        <Checkbox
          aria-label={t("selectAll")}
          checked={table.getIsAllPageRowsSelected()}
          onChange={table.getToggleAllPageRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <Checkbox
          aria-label={t("selectLead", { name: customerName(row.original, noName) })}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    }),
    helper.accessor((l) => customerName(l, noName), {
      id: "name",
      header: t("column.name"),
      enableHiding: false,
      meta: { label: t("column.name"), filter: { kind: "text" }, width: 180, pinLeft: 36 },
      cell: ({ getValue, row: { original: l } }) => (
        <span className="flex min-w-0 items-center gap-1">
          <Link
            href={`/leads/${l.id}`}
            className="truncate font-medium text-foreground no-underline hover:underline"
            title={getValue()}
          >
            {getValue()}
          </Link>
          {l.doNotContact && <Flag icon={BanIcon} label={t("flag.doNotContact")} className="text-destructive" />}
          {l.isTest && <Flag icon={FlaskConicalIcon} label={t("flag.testLead")} />}
          {(l.duplicateOfId || l.duplicateCount > 0) && (
            <Flag
              icon={CopyIcon}
              label={l.duplicateOfId ? domain("duplicate") : t("flag.duplicates", { count: l.duplicateCount })}
            />
          )}
        </span>
      ),
    }),
    helper.accessor("receivedAt", {
      id: "received",
      header: t("column.received"),
      meta: { label: t("column.received"), filter: { kind: "dates" }, width: 90 },
      cell: (c) => <LocalTime date={c.getValue()} relative />,
    }),
    plain("company", t("column.company"), 150),
    plain("title", t("column.title"), 150, true),
    plain("email", t("column.email"), 200, true),
    plain("phone", t("column.phone"), 130, true),
    plain("country", t("column.country"), 90, true),
    helper.accessor("source", {
      id: "source",
      header: t("column.source"),
      enableSorting: false,
      meta: { label: t("column.source"), filter: { kind: "facet", param: "source" }, width: 110 },
      cell: (c) => <Cut text={c.getValue()} />,
    }),
    helper.accessor("action", {
      id: "action",
      header: t("column.action"),
      enableSorting: false,
      meta: { label: t("column.action"), filter: { kind: "facet", param: "action" }, width: 96 },
      cell: (c) =>
        c.getValue() ? (
          <Badge className="max-w-full truncate" title={c.getValue() ?? undefined}>
            {c.getValue()}
          </Badge>
        ) : null,
    }),
    helper.accessor("offerId", {
      id: "offer",
      header: t("column.offer"),
      enableSorting: false,
      meta: { label: t("column.offer"), filter: { kind: "facet", param: "offer", searchable: true } },
      cell: ({ getValue, row: { original: l } }) => {
        const text = [l.offerTitle, getValue()].filter(Boolean).join(" · ");
        return <Cut text={text} />;
      },
    }),
    helper.accessor("stage", {
      id: "stage",
      header: t("column.stage"),
      meta: {
        label: t("column.funnelStage"),
        filter: { kind: "facet", param: "stage", labels: stageLabels },
        width: 116,
      },
      cell: (c) => <Cut text={stageLabels[c.getValue()]} />,
    }),
    helper.accessor("status", {
      id: "status",
      header: t("column.status"),
      meta: { label: t("column.status"), filter: { kind: "facet", param: "status", labels: statusLabels }, width: 100 },
      cell: (c) => <Badge variant={statusVariant[c.getValue()]}>{statusLabels[c.getValue()]}</Badge>,
    }),
    helper.accessor((l) => l.owner?.name || l.owner?.email || "", {
      id: "owner",
      header: t("column.owner"),
      enableSorting: false,
      meta: {
        label: t("column.owner"),
        filter: {
          kind: "facet",
          param: "owner",
          single: true,
          labels: { me: t("ownerMe"), unassigned: domain("unassigned") },
        },
        width: 124,
      },
      cell: (c) =>
        c.getValue() ? (
          <Cut text={c.getValue()} />
        ) : (
          <span className="text-muted-foreground">{domain("unassigned")}</span>
        ),
    }),
    helper.accessor("dueAt", {
      id: "due",
      header: t("column.due"),
      meta: { label: t("column.due"), filter: { kind: "sla" }, width: 96 },
      cell: ({ row: { original: l } }) => {
        const clock = readClock(l);
        if (clock.state === "none") return <span className="text-muted-foreground">—</span>;
        return <DueBadge clock={clock} />;
      },
    }),
    helper.display({
      id: "flags",
      header: t("column.flags"),
      enableSorting: false,
      meta: { label: t("column.flags"), filter: { kind: "flags" }, width: 150, hiddenByDefault: true },
      cell: ({ row: { original: l } }) => (
        <span className="flex gap-1 overflow-hidden">
          {l.isTest && <Badge>{domain("test")}</Badge>}
          {l.doNotContact && <Badge variant="destructive">{t("flag.doNotContact")}</Badge>}
          {l.duplicateOfId && <Badge>{domain("duplicate")}</Badge>}
          {l.duplicateCount > 0 && <Badge>+{l.duplicateCount}</Badge>}
        </span>
      ),
    }),
  ]);
}

function Flag({ icon: Icon, label, className }: { icon: typeof BanIcon; label: string; className?: string }) {
  return (
    <span title={label} className={className ?? "text-muted-foreground"}>
      <Icon className="size-3.5" aria-hidden />
      <span className="sr-only">{label}</span>
    </span>
  );
}
