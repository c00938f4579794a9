// Column definitions of the lead list: what each column shows, whether it
// sorts (server-side, by the same id as the URL's sort key), which filter it
// offers in the toolbar (meta.filter) and its width. Every cell is one line:
// longer text is cut with an ellipsis and shown whole on hover.
import Link from "next/link";
import { BanIcon, CopyIcon, FlaskConicalIcon } from "lucide-react";
import { createColumnHelper } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { LocalTime } from "@/components/ui/local-time";
import { customerName, stageLabels } from "@/lib/leads/labels";
import type { LeadRow } from "@/lib/leads/list-leads";
import { statusLabels } from "@/lib/leads/statuses";
import { readClock } from "@/lib/leads/response-clock";
import { leadTableFeatures } from "./lead-table-features";
import { DueBadge, statusVariant } from "./lead-badges";

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

export const leadColumns = helper.columns([
  helper.display({
    id: "select",
    enableHiding: false,
    enableSorting: false,
    meta: { label: "Select", width: 36, pinLeft: 0 },
    header: ({ table }) => (
      <Checkbox
        aria-label="Select all on this page"
        checked={table.getIsAllPageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        aria-label={`Select ${customerName(row.original)}`}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  }),
  helper.accessor((l) => customerName(l), {
    id: "name",
    header: "Name",
    enableHiding: false,
    meta: { label: "Name", filter: { kind: "text" }, width: 180, pinLeft: 36 },
    cell: ({ getValue, row: { original: l } }) => (
      <span className="flex min-w-0 items-center gap-1">
        <Link
          href={`/leads/${l.id}`}
          className="truncate font-medium text-foreground no-underline hover:underline"
          title={getValue()}
        >
          {getValue()}
        </Link>
        {l.doNotContact && <Flag icon={BanIcon} label="Do not contact" className="text-destructive" />}
        {l.isTest && <Flag icon={FlaskConicalIcon} label="Test lead" />}
        {(l.duplicateOfId || l.duplicateCount > 0) && (
          <Flag
            icon={CopyIcon}
            label={l.duplicateOfId ? "Duplicate" : `+${l.duplicateCount} duplicate${l.duplicateCount > 1 ? "s" : ""}`}
          />
        )}
      </span>
    ),
  }),
  helper.accessor("receivedAt", {
    id: "received",
    header: "Received",
    meta: { label: "Received", filter: { kind: "dates" }, width: 90 },
    cell: (c) => <LocalTime date={c.getValue()} relative />,
  }),
  plain("company", "Company", 150),
  plain("title", "Title", 150, true),
  plain("email", "E-mail", 200, true),
  plain("phone", "Phone", 130, true),
  plain("country", "Country", 90, true),
  helper.accessor("source", {
    id: "source",
    header: "Source",
    enableSorting: false,
    meta: { label: "Source", filter: { kind: "facet", param: "source" }, width: 110 },
    cell: (c) => <Cut text={c.getValue()} />,
  }),
  helper.accessor("action", {
    id: "action",
    header: "Action",
    enableSorting: false,
    meta: { label: "Action", filter: { kind: "facet", param: "action" }, width: 96 },
    cell: (c) =>
      c.getValue() ? (
        <Badge className="max-w-full truncate" title={c.getValue() ?? undefined}>
          {c.getValue()}
        </Badge>
      ) : null,
  }),
  helper.accessor("offerId", {
    id: "offer",
    header: "Offer",
    enableSorting: false,
    meta: { label: "Offer", filter: { kind: "facet", param: "offer", searchable: true } },
    cell: ({ getValue, row: { original: l } }) => {
      const text = [l.offerTitle, getValue()].filter(Boolean).join(" · ");
      return <Cut text={text} />;
    },
  }),
  helper.accessor("stage", {
    id: "stage",
    header: "Stage",
    meta: { label: "Funnel stage", filter: { kind: "facet", param: "stage", labels: stageLabels }, width: 116 },
    cell: (c) => <Cut text={stageLabels[c.getValue()]} />,
  }),
  helper.accessor("status", {
    id: "status",
    header: "Status",
    meta: { label: "Status", filter: { kind: "facet", param: "status", labels: statusLabels }, width: 100 },
    cell: (c) => <Badge variant={statusVariant[c.getValue()]}>{statusLabels[c.getValue()]}</Badge>,
  }),
  helper.accessor((l) => l.owner?.name || l.owner?.email || "", {
    id: "owner",
    header: "Owner",
    enableSorting: false,
    meta: {
      label: "Owner",
      filter: { kind: "facet", param: "owner", single: true, labels: { me: "Me", unassigned: "Unassigned" } },
      width: 124,
    },
    cell: (c) =>
      c.getValue() ? <Cut text={c.getValue()} /> : <span className="text-muted-foreground">Unassigned</span>,
  }),
  helper.accessor("dueAt", {
    id: "due",
    header: "Due",
    meta: { label: "Due", filter: { kind: "sla" }, width: 96 },
    cell: ({ row: { original: l } }) => {
      const clock = readClock(l);
      if (clock.state === "none") return <span className="text-muted-foreground">—</span>;
      return <DueBadge clock={clock} />;
    },
  }),
  helper.display({
    id: "flags",
    header: "Flags",
    enableSorting: false,
    meta: { label: "Flags", filter: { kind: "flags" }, width: 150, hiddenByDefault: true },
    cell: ({ row: { original: l } }) => (
      <span className="flex gap-1 overflow-hidden">
        {l.isTest && <Badge>Test</Badge>}
        {l.doNotContact && <Badge variant="destructive">Do not contact</Badge>}
        {l.duplicateOfId && <Badge>Duplicate</Badge>}
        {l.duplicateCount > 0 && <Badge>+{l.duplicateCount}</Badge>}
      </span>
    ),
  }),
]);

function Flag({ icon: Icon, label, className }: { icon: typeof BanIcon; label: string; className?: string }) {
  return (
    <span title={label} className={className ?? "text-muted-foreground"}>
      <Icon className="size-3.5" aria-hidden />
      <span className="sr-only">{label}</span>
    </span>
  );
}
